using StackExchange.Redis;

namespace Sign2Gpt.Silo.Adapters;

/// <summary>Adapter files in Redis, and a Redis pub/sub channel that reaches every silo of the cluster.</summary>
public sealed class RedisAdapterStore(IConnectionMultiplexer redis) : IAdapterStore
{
    public static readonly RedisChannel RolloutChannel = RedisChannel.Literal("sign2gpt:adapters:rollout");

    public async Task SaveAsync(string language, int version, byte[] bytes) =>
        await redis.GetDatabase().StringSetAsync(Key(language, version), bytes);

    public async Task<byte[]> LoadAsync(string language, int version)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(language, version));
        return value.HasValue ? (byte[])value! : throw new InvalidOperationException($"Adapter {language}@v{version} is not stored.");
    }

    /// <remarks>The message reads "de 3 4": live 3, canary 4.</remarks>
    public async Task AnnounceAsync(string language, IEnumerable<int> versions) =>
        await redis.GetSubscriber().PublishAsync(RolloutChannel, $"{language} {string.Join(' ', versions)}");

    public async Task SubscribeAsync(Func<string, IReadOnlyList<int>, Task> onRollout)
    {
        var channel = await redis.GetSubscriber().SubscribeAsync(RolloutChannel);
        channel.OnMessage(async message =>
        {
            var parts = message.Message.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0)
            {
                await onRollout(parts[0], [.. parts.Skip(1).Select(int.Parse)]);
            }
        });
    }

    private static string Key(string language, int version) => $"sign2gpt:adapters:{language}:{version}";
}

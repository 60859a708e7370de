using StackExchange.Redis;

namespace Sign2Gpt.Silo.Sessions;

/// <summary>Chunk bytes in Redis beside the sessions' grain state, where every silo of the cluster finds them.</summary>
public sealed class RedisChunkStore(IConnectionMultiplexer redis) : IChunkStore
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    public async Task SaveAsync(Guid session, long sequence, byte[] data)
    {
        await redis.GetDatabase().StringSetAsync(Key(session, sequence), data, Retention);
    }

    public async Task<byte[]> LoadAsync(Guid session, long sequence)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(session, sequence));
        return value.HasValue ? (byte[])value! : throw new InvalidOperationException($"Chunk {sequence} of session {session} is no longer stored.");
    }

    public async Task DeleteAsync(Guid session, long count)
    {
        var keys = Enumerable.Range(0, (int)count).Select(i => (RedisKey)Key(session, i)).ToArray();
        if (keys.Length > 0)
        {
            await redis.GetDatabase().KeyDeleteAsync(keys);
        }
    }

    private static string Key(Guid session, long sequence) => $"sign2gpt:chunks:{session:N}:{sequence}";
}

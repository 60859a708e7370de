using StackExchange.Redis;

namespace Sign2Gpt.Silo.Sessions;

/// <summary>
/// The bytes of every acknowledged chunk, in Redis beside the session's grain state, so a session that moves to
/// another silo replays its video from them. Kept out of the grain state, which is rewritten on every change.
/// </summary>
public sealed class ChunkStore(IConnectionMultiplexer redis)
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    public async Task SaveAsync(Guid session, long sequence, byte[] data)
    {
        await redis.GetDatabase().StringSetAsync(Key(session, sequence), data, Retention);
    }

    /// <exception cref="InvalidOperationException">The chunk is gone: it expired, or Redis lost it.</exception>
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

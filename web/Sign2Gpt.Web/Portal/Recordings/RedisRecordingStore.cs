using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Sign2Gpt.Web.Portal.Recordings;

/// <summary>
/// One Redis hash per recording (tenant, content type, bytes), expiring after <see cref="PortalOptions.RecordingLifetime"/>.
/// A live recording's hash holds the next chunk's sequence instead of the bytes, which grow by APPEND in a string key
/// beside it: a hash field cannot be appended to, and rewriting the whole video for every chunk would not scale.
/// </summary>
public sealed class RedisRecordingStore(IConnectionMultiplexer redis, IOptions<PortalOptions> options) : IRecordingStore
{
    private static readonly RedisValue TenantField = "tenant";
    private static readonly RedisValue TypeField = "type";
    private static readonly RedisValue BytesField = "bytes";
    private static readonly RedisValue NextField = "next";

    /// <summary>
    /// Checks the sequence and appends in one step, so two web nodes given the same chunk (a client's retry) cannot
    /// both add it. Answers -1 not open, 0 duplicate, 1 appended, 2 out of order.
    /// </summary>
    private const string AppendScript = """
        local next = redis.call('HGET', KEYS[1], 'next')
        if not next then return -1 end
        next = tonumber(next)
        local sequence = tonumber(ARGV[1])
        if sequence < next then return 0 end
        if sequence > next then return 2 end
        redis.call('APPEND', KEYS[2], ARGV[2])
        redis.call('HSET', KEYS[1], 'next', next + 1)
        redis.call('EXPIRE', KEYS[1], ARGV[3])
        redis.call('EXPIRE', KEYS[2], ARGV[3])
        return 1
        """;

    public async Task SaveAsync(Guid sessionId, Recording recording, CancellationToken cancellationToken)
    {
        var key = Key(sessionId);
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.KeyDeleteAsync([key, LiveBytesKey(sessionId)]);
        _ = transaction.HashSetAsync(key, [new(TenantField, recording.TenantId), new(TypeField, recording.ContentType), new(BytesField, recording.Bytes)]);
        _ = transaction.KeyExpireAsync(key, options.Value.RecordingLifetime);
        await transaction.ExecuteAsync().WaitAsync(cancellationToken);
    }

    public async Task BeginAsync(Guid sessionId, string tenantId, string contentType, CancellationToken cancellationToken)
    {
        var key = Key(sessionId);
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.KeyDeleteAsync([key, LiveBytesKey(sessionId)]);
        _ = transaction.HashSetAsync(key, [new(TenantField, tenantId), new(TypeField, contentType), new(NextField, 0)]);
        _ = transaction.KeyExpireAsync(key, options.Value.RecordingLifetime);
        await transaction.ExecuteAsync().WaitAsync(cancellationToken);
    }

    public async Task<RecordingAppend> AppendAsync(Guid sessionId, long sequence, ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        var lifetime = (long)options.Value.RecordingLifetime.TotalSeconds;
        var answer = (long)await redis.GetDatabase()
            .ScriptEvaluateAsync(AppendScript, [Key(sessionId), LiveBytesKey(sessionId)], [sequence, chunk, lifetime])
            .WaitAsync(cancellationToken);
        return answer switch
        {
            1 => RecordingAppend.Appended,
            0 => RecordingAppend.Duplicate,
            2 => RecordingAppend.OutOfOrder,
            _ => RecordingAppend.NotOpen,
        };
    }

    public async Task<Recording?> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var values = await database.HashGetAsync(Key(sessionId), [TenantField, TypeField, BytesField]).WaitAsync(cancellationToken);
        if (values[0].IsNull)
        {
            return null;
        }

        var bytes = values[2].IsNull ? await database.StringGetAsync(LiveBytesKey(sessionId)).WaitAsync(cancellationToken) : values[2];
        return bytes.IsNull ? null : new Recording(values[0]!, values[1]!, (byte[])bytes!);
    }

    private static RedisKey Key(Guid sessionId) => $"sign2gpt:recording:{sessionId:N}";

    private static RedisKey LiveBytesKey(Guid sessionId) => $"sign2gpt:recording:{sessionId:N}:bytes";
}

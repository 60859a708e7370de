using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Sign2Gpt.Web.Portal.Recordings;

/// <summary>One Redis hash per recording (tenant, content type, bytes), expiring after <see cref="PortalOptions.RecordingLifetime"/>.</summary>
public sealed class RedisRecordingStore(IConnectionMultiplexer redis, IOptions<PortalOptions> options) : IRecordingStore
{
    private static readonly RedisValue TenantField = "tenant";
    private static readonly RedisValue TypeField = "type";
    private static readonly RedisValue BytesField = "bytes";

    public async Task SaveAsync(Guid sessionId, Recording recording, CancellationToken cancellationToken)
    {
        var key = Key(sessionId);
        var database = redis.GetDatabase();
        var transaction = database.CreateTransaction();
        _ = transaction.HashSetAsync(key, [new(TenantField, recording.TenantId), new(TypeField, recording.ContentType), new(BytesField, recording.Bytes)]);
        _ = transaction.KeyExpireAsync(key, options.Value.RecordingLifetime);
        await transaction.ExecuteAsync().WaitAsync(cancellationToken);
    }

    public async Task<Recording?> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var values = await redis.GetDatabase().HashGetAsync(Key(sessionId), [TenantField, TypeField, BytesField]).WaitAsync(cancellationToken);
        return values[0].IsNull || values[2].IsNull ? null : new Recording(values[0]!, values[1]!, (byte[])values[2]!);
    }

    private static RedisKey Key(Guid sessionId) => $"sign2gpt:recording:{sessionId:N}";
}

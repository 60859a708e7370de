using Microsoft.Extensions.Caching.Memory;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// Which tenant a session belongs to. Another tenant's session answers exactly like a missing one, so that
/// session ids leak nothing. The grain does not check the caller, so this edge must, on every call.
/// </summary>
public sealed class SessionOwnership(IGrainFactory grains, IMemoryCache cache)
{
    /// <summary>Ownership never changes once a session started, so chunk uploads need not ask the grain each time.</summary>
    private static readonly TimeSpan OwnerLifetime = TimeSpan.FromMinutes(15);

    /// <summary>The session's snapshot, or null when it does not exist or belongs to another tenant.</summary>
    public async Task<SessionSnapshot?> FindAsync(Guid sessionId, ApiCaller caller, CancellationToken cancellationToken)
    {
        var snapshot = await grains.GetGrain<ISessionGrain>(sessionId).GetAsync(cancellationToken);
        if (snapshot.Status == SessionStatus.None)
        {
            return null;
        }

        Remember(snapshot);
        return snapshot.TenantId == caller.TenantId ? snapshot : null;
    }

    public async Task<bool> OwnsAsync(Guid sessionId, ApiCaller caller, CancellationToken cancellationToken) =>
        cache.TryGetValue(CacheKey(sessionId), out string? owner)
            ? owner == caller.TenantId
            : await FindAsync(sessionId, caller, cancellationToken) is not null;

    public void Remember(SessionSnapshot snapshot) =>
        cache.Set(CacheKey(snapshot.SessionId), snapshot.TenantId, new MemoryCacheEntryOptions { SlidingExpiration = OwnerLifetime });

    private static string CacheKey(Guid sessionId) => $"session-owner:{sessionId:N}";
}

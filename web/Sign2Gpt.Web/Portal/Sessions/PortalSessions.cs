using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Web.Ingest;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Web.Portal.Sessions;

/// <summary>
/// The sessions a portal user may see: their own, and as a tenant admin every session of their tenant. Anything
/// else answers exactly like a session that does not exist, so ids leak nothing across tenants.
/// </summary>
public sealed class PortalSessions(SessionGateway sessions, IGrainFactory grains)
{
    public async Task<SessionSnapshot?> FindAsync(PortalUser user, Guid sessionId, CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await sessions.GetAsync(sessionId, cancellationToken);
            return IsVisible(user, snapshot) ? snapshot : null;
        }
        catch (SessionRejectedException rejected) when (rejected.Code == RejectionCode.NotStarted)
        {
            return null;
        }
    }

    public static bool IsVisible(PortalUser user, SessionSnapshot snapshot) =>
        snapshot.Status != SessionStatus.None
        && snapshot.TenantId == user.TenantId
        && (snapshot.UserId == user.UserId || user.IsTenantAdmin);

    /// <summary>The user's sessions, newest first, whose text or language matches <paramref name="search"/>.</summary>
    public Task<IReadOnlyList<SessionHistoryEntry>> HistoryAsync(PortalUser user, string? search, int limit, CancellationToken cancellationToken) =>
        grains.GetGrain<ISessionHistoryGrain>(SessionHistoryKey.For(user.TenantId, user.UserId)).ListAsync(search, limit, cancellationToken);

    /// <summary>Follows the session until it completes or fails.</summary>
    public IAsyncEnumerable<SessionSnapshot> WatchAsync(SessionSnapshot first, CancellationToken cancellationToken) =>
        sessions.WatchAsync(first.SessionId, first, cancellationToken);
}

using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>A session's snapshots as server-sent events, one per change a client would notice.</summary>
public static class SessionEvents
{
    public const string EventType = "snapshot";

    public static async IAsyncEnumerable<SseItem<SessionSnapshot>> StreamAsync(
        SessionGateway gateway,
        SessionSnapshot first,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var eventId = 0;
        await foreach (var snapshot in gateway.WatchAsync(first.SessionId, first, cancellationToken))
        {
            yield return new SseItem<SessionSnapshot>(snapshot, EventType) { EventId = (++eventId).ToString(CultureInfo.InvariantCulture) };
        }
    }

    /// <summary>Nothing changes after these, so the stream ends and the client can close.</summary>
    public static bool IsTerminal(SessionSnapshot snapshot) =>
        snapshot.Status is SessionStatus.Completed or SessionStatus.Failed;
}

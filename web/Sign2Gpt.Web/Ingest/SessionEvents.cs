using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// A session's snapshots as server-sent events. Grains cannot push to an HTTP edge without streams or observers
/// the silo does not offer, so the stream polls, and sends only what a client would notice.
/// </summary>
public static class SessionEvents
{
    public const string EventType = "snapshot";

    public static async IAsyncEnumerable<SseItem<SessionSnapshot>> StreamAsync(
        ISessionGrain session,
        SessionSnapshot first,
        TimeSpan pollInterval,
        TimeProvider time,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var eventId = 0;
        var last = first;
        yield return Item(first, ++eventId);
        if (IsTerminal(first))
        {
            yield break;
        }

        using var timer = new PeriodicTimer(pollInterval, time);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            var next = await session.GetAsync(cancellationToken);
            if (Change.Of(next) == Change.Of(last))
            {
                continue;
            }

            last = next;
            yield return Item(next, ++eventId);
            if (IsTerminal(next))
            {
                yield break;
            }
        }
    }

    /// <summary>Nothing changes after these, so the stream ends and the client can close.</summary>
    public static bool IsTerminal(SessionSnapshot snapshot) =>
        snapshot.Status is SessionStatus.Completed or SessionStatus.Failed;

    private static SseItem<SessionSnapshot> Item(SessionSnapshot snapshot, int eventId) =>
        new(snapshot, EventType) { EventId = eventId.ToString(CultureInfo.InvariantCulture) };

    /// <summary>
    /// What makes a snapshot worth sending. Snapshots arrive freshly deserialised, so record equality would see
    /// every one as new (their lists differ by reference); the byte and frame counters move on every chunk and
    /// would turn the stream into a copy of the upload.
    /// </summary>
    private readonly record struct Change(
        SessionStatus Status, long NextExpected, int Held, string? Partial, string? Final, string? Error)
    {
        public static Change Of(SessionSnapshot snapshot) => new(
            snapshot.Status,
            snapshot.NextExpected,
            snapshot.Held,
            snapshot.Partial?.Text,
            snapshot.Final?.Text,
            snapshot.Error?.Code);
    }
}

using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// The edge's one way to reach sessions, for every transport (HTTP, server-sent events, gRPC): start, chunks, end,
/// snapshots, and the snapshots worth sending while a session runs. Ownership is the caller's to check first.
/// </summary>
public sealed class SessionGateway(IGrainFactory grains, IOptions<IngestOptions> options, TimeProvider time)
{
    public Task<SessionSnapshot> StartAsync(Guid sessionId, SessionStart start, CancellationToken cancellationToken) =>
        Session(sessionId).StartAsync(start, cancellationToken);

    /// <exception cref="SessionRejectedException">The session refuses the chunk (conflict, out of range, ended...).</exception>
    public Task<ChunkReceipt> AppendAsync(Guid sessionId, VideoChunk chunk, CancellationToken cancellationToken) =>
        Session(sessionId).AppendChunkAsync(chunk, cancellationToken);

    public Task<SessionSnapshot> EndAsync(Guid sessionId, long lastSequence, CancellationToken cancellationToken) =>
        Session(sessionId).EndAsync(lastSequence, cancellationToken);

    public Task<SessionSnapshot> GetAsync(Guid sessionId, CancellationToken cancellationToken) =>
        Session(sessionId).GetAsync(cancellationToken);

    /// <summary>
    /// <paramref name="first"/>, then every snapshot a client would notice (chunks taken, partial or final text,
    /// failure) until the session completes or fails.
    /// </summary>
    public async IAsyncEnumerable<SessionSnapshot> WatchAsync(
        Guid sessionId, SessionSnapshot first, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = first;
        yield return first;
        if (SessionEvents.IsTerminal(first))
        {
            yield break;
        }

        using var timer = new PeriodicTimer(options.Value.EventPollInterval, time);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            var next = await Session(sessionId).GetAsync(cancellationToken);
            if (SnapshotChange.Of(next) == SnapshotChange.Of(last))
            {
                continue;
            }

            last = next;
            yield return next;
            if (SessionEvents.IsTerminal(next))
            {
                yield break;
            }
        }
    }

    private ISessionGrain Session(Guid sessionId) => grains.GetGrain<ISessionGrain>(sessionId);
}

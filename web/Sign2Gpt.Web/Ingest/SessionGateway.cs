using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// The edge's one way to reach sessions, for every transport (HTTP, server-sent events, gRPC). Chunks go on the
/// session's chunk stream and their receipts come back on its update stream; start, end and snapshots are calls.
/// Ownership is the caller's to check first.
/// </summary>
public sealed class SessionGateway(IClusterClient cluster, SessionUpdateFeeds feeds, IOptions<IngestOptions> options)
{
    public Task<SessionSnapshot> StartAsync(Guid sessionId, SessionStart start, CancellationToken cancellationToken) =>
        Session(sessionId).StartAsync(start, cancellationToken);

    /// <summary>Sends the chunk and waits for the session's answer to it.</summary>
    /// <exception cref="SessionRejectedException">
    /// The session refuses the chunk (conflict, out of range, ended...), or gave no answer in time
    /// (<see cref="RejectionCode.Unavailable"/>: sending it again is safe).
    /// </exception>
    public async Task<ChunkReceipt> AppendAsync(Guid sessionId, VideoChunk chunk, CancellationToken cancellationToken)
    {
        await using var listener = await feeds.ListenAsync(sessionId, cancellationToken);
        await cluster.GetStreamProvider(SessionStreams.Provider).GetStream<VideoChunk>(SessionStreams.Chunks(sessionId)).OnNextAsync(chunk);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.ReceiptTimeout);
        try
        {
            await foreach (var update in listener.Updates.ReadAllAsync(deadline.Token))
            {
                if (update.Sequence != chunk.Sequence)
                {
                    continue;
                }

                return update.Receipt ?? throw new SessionRejectedException(update.Rejection!.Code, update.Rejection.Message);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        throw new SessionRejectedException(
            RejectionCode.Unavailable, $"Chunk {chunk.Sequence} was not acknowledged within {options.Value.ReceiptTimeout.TotalSeconds:0} s; send it again.");
    }

    public Task<SessionSnapshot> EndAsync(Guid sessionId, long lastSequence, CancellationToken cancellationToken) =>
        Session(sessionId).EndAsync(lastSequence, cancellationToken);

    public Task<SessionSnapshot> GetAsync(Guid sessionId, CancellationToken cancellationToken) =>
        Session(sessionId).GetAsync(cancellationToken);

    /// <summary>
    /// <paramref name="first"/>, then every snapshot a client would notice (chunks taken, partial or final text,
    /// failure) until the session completes or fails. Driven by the session's updates; asks the session itself after
    /// a quiet <see cref="IngestOptions.EventRefreshInterval"/>, so an update lost in a failover delays, never stalls.
    /// </summary>
    public async IAsyncEnumerable<SessionSnapshot> WatchAsync(
        Guid sessionId, SessionSnapshot first, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return first;
        if (SessionEvents.IsTerminal(first))
        {
            yield break;
        }

        await using var listener = await feeds.ListenAsync(sessionId, cancellationToken);
        var last = first;
        while (true)
        {
            var next = await NextSnapshotAsync(sessionId, listener, cancellationToken);
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

    /// <summary>The snapshot an update carries; for receipts (or silence) the session's own, once for all updates waiting.</summary>
    private async Task<SessionSnapshot> NextSnapshotAsync(Guid sessionId, SessionUpdateFeeds.Listener listener, CancellationToken cancellationToken)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quiet.CancelAfter(options.Value.EventRefreshInterval);
        try
        {
            await listener.Updates.WaitToReadAsync(quiet.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        SessionSnapshot? carried = null;
        var receipts = false;
        while (listener.Updates.TryRead(out var update))
        {
            carried = update.Snapshot ?? carried;
            receipts |= update.Snapshot is null;
        }

        return carried is not null && !receipts ? carried : await GetAsync(sessionId, cancellationToken);
    }

    private ISessionGrain Session(Guid sessionId) => cluster.GetGrain<ISessionGrain>(sessionId);
}

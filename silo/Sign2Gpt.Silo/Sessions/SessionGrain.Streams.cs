using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Silo.Sessions;

/// <summary>The session's side of its streams: chunks from the edge come in, receipts and snapshots go out.</summary>
public sealed partial class SessionGrain
{
    private IAsyncStream<SessionUpdate>? _updates;

    private async Task SubscribeToChunksAsync()
    {
        var streams = this.GetStreamProvider(SessionStreams.Provider);
        _updates = streams.GetStream<SessionUpdate>(SessionStreams.Updates(this.GetPrimaryKey()));
        await streams.GetStream<VideoChunk>(SessionStreams.Chunks(this.GetPrimaryKey())).SubscribeAsync(OnChunkAsync);
    }

    /// <summary>
    /// Every chunk is answered on the update stream, a refusal included, and never by throwing: the stream would
    /// drop a failed delivery silently and the edge would wait for an answer that never comes.
    /// </summary>
    private async Task OnChunkAsync(VideoChunk chunk, StreamSequenceToken? token)
    {
        SessionUpdate update;
        try
        {
            update = SessionUpdate.Accepted(await AppendChunkAsync(chunk));
        }
        catch (SessionRejectedException e)
        {
            update = SessionUpdate.Refused(chunk.Sequence, new SessionError(e.Code, e.Message));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Storage unreachable, say: the chunk was not acknowledged, so the client sends it again.
            LogChunkFailed(logger, e, this.GetPrimaryKey(), chunk.Sequence);
            update = SessionUpdate.Refused(chunk.Sequence, new SessionError(RejectionCode.Unavailable, $"Chunk {chunk.Sequence} could not be stored; send it again."));
        }

        await PublishAsync(update);
    }

    /// <summary>Best effort: an edge that misses an update asks the session itself (watchers refresh, clients re-send).</summary>
    private async Task PublishAsync(SessionUpdate update)
    {
        try
        {
            await _updates!.OnNextAsync(update);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogPublishFailed(logger, e, this.GetPrimaryKey());
        }
    }

    private Task PublishSnapshotAsync() => PublishAsync(SessionUpdate.Changed(Snapshot()));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId} could not take chunk {Sequence}")]
    private static partial void LogChunkFailed(ILogger logger, Exception exception, Guid sessionId, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId} could not publish an update")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid sessionId);
}

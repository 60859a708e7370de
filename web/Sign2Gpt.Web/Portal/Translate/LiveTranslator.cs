using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Web.Ingest;
using Sign2Gpt.Web.Portal.Accounts;
using Sign2Gpt.Web.Portal.Recordings;

namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>
/// Live translation from a browser's camera. The live page's MediaRecorder sends WebM chunks in order; each is added
/// to the recording kept for playback, then sent to the session. Only the user who started a live session may add to
/// it or end it. A session whose chunks stop coming is ended by <see cref="EndAbandonedAsync"/>, since nothing else
/// would: a session waits for its client indefinitely, holding one of its tenant's concurrent sessions.
/// </summary>
public sealed partial class LiveTranslator(
    SessionGateway sessions,
    IRecordingStore recordings,
    IMemoryCache cache,
    TimeProvider clock,
    IOptions<PortalOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<LiveTranslator> logger)
{
    /// <summary>Ownership never changes once a session started, so chunks need not ask the session each time.</summary>
    private static readonly TimeSpan OwnerLifetime = TimeSpan.FromMinutes(15);

    /// <summary>Live sessions whose chunks came through this node: the chunk each expected next, and since when.</summary>
    private readonly ConcurrentDictionary<Guid, Activity> _active = new();

    /// <exception cref="SessionRejectedException">The tenant's quotas or languages refuse the session.</exception>
    public async Task<SessionSnapshot> StartAsync(PortalUser user, string language, double fps, CancellationToken cancellationToken)
    {
        // Time-ordered like the ingest API's ids, so a tenant's sessions stay in creation order wherever they are listed.
        var sessionId = Guid.CreateVersion7();

        // Opened before the session: an unused empty recording costs nothing, a session without one would lose its playback.
        await recordings.BeginAsync(sessionId, user.TenantId, UploadPreparer.WebM, cancellationToken);
        var snapshot = await sessions.StartAsync(
            sessionId, new SessionStart(user.TenantId, user.UserId, language, VideoChunkFormat.Container, fps), cancellationToken);
        RememberOwner(snapshot);
        _active[sessionId] = new Activity(0, clock.GetUtcNow());
        LogStarted(logger, sessionId, user.Email, language, fps);
        return snapshot;
    }

    /// <summary>Whether <paramref name="user"/> started the session: nobody else may add to it or end it, tenant admins included.</summary>
    public async Task<bool> OwnsAsync(PortalUser user, Guid sessionId, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(OwnerKey(sessionId), out (string TenantId, string UserId) owner))
        {
            try
            {
                owner = RememberOwner(await sessions.GetAsync(sessionId, cancellationToken));
            }
            catch (SessionRejectedException rejected) when (rejected.Code == RejectionCode.NotStarted)
            {
                return false;
            }
        }

        return owner.TenantId == user.TenantId && owner.UserId == user.UserId;
    }

    /// <summary>Adds the chunk to the recording, then sends it to the session. A resent chunk changes neither.</summary>
    /// <returns>The session's receipt; null when the session takes no live chunks (an upload's, say).</returns>
    /// <exception cref="SessionRejectedException">The chunk is out of order, or the session refuses it.</exception>
    public async Task<ChunkReceipt?> AppendAsync(Guid sessionId, long sequence, byte[] chunk, CancellationToken cancellationToken)
    {
        switch (await recordings.AppendAsync(sessionId, sequence, chunk, cancellationToken))
        {
            case RecordingAppend.NotOpen:
                return null;
            case RecordingAppend.OutOfOrder:
                throw new SessionRejectedException(
                    RejectionCode.ChunkOutOfRange, $"Chunk {sequence} came before an earlier chunk: a live recording takes its chunks in order, one at a time.");
        }

        // A duplicate goes on as well: its first sending may have reached the recording but not the session.
        var receipt = await sessions.AppendAsync(sessionId, new VideoChunk(sequence, chunk), cancellationToken);
        _active[sessionId] = new Activity(receipt.NextExpected, clock.GetUtcNow());
        return receipt;
    }

    /// <summary>No chunks after <paramref name="lastSequence"/>: the final translation follows, and the recording is made seekable.</summary>
    /// <exception cref="SessionRejectedException">The session already ended elsewhere, or has chunks after <paramref name="lastSequence"/>.</exception>
    public async Task<SessionSnapshot> EndAsync(Guid sessionId, long lastSequence, CancellationToken cancellationToken)
    {
        var snapshot = await sessions.EndAsync(sessionId, lastSequence, cancellationToken);
        _active.TryRemove(sessionId, out _);
        LogEnded(logger, sessionId, lastSequence, snapshot.Status);
        _ = Task.Run(() => FinishRecordingAsync(sessionId, lifetime.ApplicationStopping), CancellationToken.None);
        return snapshot;
    }

    /// <summary>
    /// Ends every live session that got no chunk for <see cref="PortalOptions.LiveIdleTimeout"/> after the last chunk
    /// it has, so that what was signed is still translated. Asks each session first: a client's chunks may have moved
    /// on to another web node.
    /// </summary>
    public async Task EndAbandonedAsync(CancellationToken cancellationToken)
    {
        var idle = options.Value.LiveIdleTimeout;
        foreach (var (sessionId, activity) in _active)
        {
            var now = clock.GetUtcNow();
            if (now - activity.SinceUtc < idle)
            {
                continue;
            }

            try
            {
                var snapshot = await sessions.GetAsync(sessionId, cancellationToken);
                if (snapshot.Status == SessionStatus.Receiving && snapshot.NextExpected != activity.NextExpected)
                {
                    _active.TryUpdate(sessionId, new Activity(snapshot.NextExpected, now), activity);
                    continue;
                }

                _active.TryRemove(KeyValuePair.Create(sessionId, activity));
                if (snapshot.Status != SessionStatus.Receiving)
                {
                    continue;
                }

                if (snapshot.NextExpected == 0 || snapshot.Held > 0)
                {
                    // A session ends after a chunk it has; one waiting on a gap fails by itself once the gap times out.
                    LogAbandonedNotEnded(logger, sessionId, idle.TotalSeconds, snapshot.NextExpected, snapshot.Held);
                    continue;
                }

                LogAbandoned(logger, sessionId, idle.TotalSeconds, snapshot.NextExpected - 1);
                await EndAsync(sessionId, snapshot.NextExpected - 1, cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                // Kept for the next sweep, unless the session itself refused: then nothing will change its mind.
                LogSweepFailed(logger, sessionId, error.Message);
                if (error is SessionRejectedException)
                {
                    _active.TryRemove(sessionId, out _);
                }
            }
        }
    }

    /// <summary>
    /// MediaRecorder writes WebM as a stream, with no duration and no cues, so a player can neither show its length
    /// nor seek in it. Copied through ffmpeg's muxer (the frames are not re-encoded) it gets both. Should that fail,
    /// the recording stays as it was received, which still plays.
    /// </summary>
    private async Task FinishRecordingAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var received = Path.Combine(Path.GetTempPath(), $"sign2gpt-live-{sessionId:N}.webm");
        var seekable = received + ".seekable.webm";
        try
        {
            if (await recordings.GetAsync(sessionId, cancellationToken) is not { } recording)
            {
                return;
            }

            await File.WriteAllBytesAsync(received, recording.Bytes, cancellationToken);
            await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-i", received, "-map", "0:v:0", "-c", "copy", "-f", "webm", seekable], cancellationToken);
            await recordings.SaveAsync(sessionId, recording with { Bytes = await File.ReadAllBytesAsync(seekable, cancellationToken) }, cancellationToken);
            LogRecordingFinished(logger, sessionId, recording.Bytes.Length);
        }
        catch (Exception error)
        {
            LogRecordingKeptAsReceived(logger, sessionId, error.Message);
        }
        finally
        {
            File.Delete(received);
            File.Delete(seekable);
        }
    }

    private (string TenantId, string UserId) RememberOwner(SessionSnapshot snapshot) =>
        cache.Set(OwnerKey(snapshot.SessionId), (snapshot.TenantId, snapshot.UserId), new MemoryCacheEntryOptions { SlidingExpiration = OwnerLifetime });

    private static string OwnerKey(Guid sessionId) => $"portal-live-owner:{sessionId:N}";

    private sealed record Activity(long NextExpected, DateTimeOffset SinceUtc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live session {SessionId} of {Email} started ({Language}, {Fps} fps)")]
    private static partial void LogStarted(ILogger logger, Guid sessionId, string email, string language, double fps);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live session {SessionId} ended after chunk {LastSequence}: {Status}")]
    private static partial void LogEnded(ILogger logger, Guid sessionId, long lastSequence, SessionStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live session {SessionId} got no chunk for {IdleSeconds} s: ending it after chunk {LastSequence}")]
    private static partial void LogAbandoned(ILogger logger, Guid sessionId, double idleSeconds, long lastSequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live session {SessionId} got no chunk for {IdleSeconds} s and cannot be ended (next expected {NextExpected}, {Held} held)")]
    private static partial void LogAbandonedNotEnded(ILogger logger, Guid sessionId, double idleSeconds, long nextExpected, int held);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live session {SessionId}: looking for abandonment failed: {Reason}")]
    private static partial void LogSweepFailed(ILogger logger, Guid sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live session {SessionId}: recording of {Bytes} bytes made seekable")]
    private static partial void LogRecordingFinished(ILogger logger, Guid sessionId, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live session {SessionId}: the recording stays as received, without cues: {Reason}")]
    private static partial void LogRecordingKeptAsReceived(ILogger logger, Guid sessionId, string reason);
}

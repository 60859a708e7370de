using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Web.Ingest;
using Sign2Gpt.Web.Portal.Accounts;
using Sign2Gpt.Web.Portal.Recordings;

namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>
/// Starts a session for an uploaded video and sends the video to it in the background, so the person can watch the
/// session's progress while it is sent. The recording is kept for playback before the session starts.
/// </summary>
public sealed partial class PortalTranslator(
    SessionGateway sessions,
    UploadPreparer preparer,
    IRecordingStore recordings,
    IOptions<PortalOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<PortalTranslator> logger)
{
    /// <summary>Times a chunk is sent again when its session does not answer in time.</summary>
    public const int ChunkAttempts = 3;

    /// <exception cref="UploadRejectedException">The file is no video the platform reads.</exception>
    /// <exception cref="SessionRejectedException">The tenant's quotas or languages refuse the session.</exception>
    public async Task<Guid> TranslateFileAsync(PortalUser user, string language, string path, CancellationToken cancellationToken)
    {
        var upload = await preparer.PrepareAsync(path, cancellationToken);
        var sessionId = Guid.NewGuid();
        await recordings.SaveAsync(sessionId, new Recording(user.TenantId, upload.ContentType, upload.Original), cancellationToken);
        await sessions.StartAsync(sessionId, new SessionStart(user.TenantId, user.UserId, language, VideoChunkFormat.Container, upload.Fps), cancellationToken);
        LogStarted(logger, sessionId, user.Email, language, upload.Original.Length);
        _ = Task.Run(() => SendAsync(sessionId, upload.Streamable, lifetime.ApplicationStopping), CancellationToken.None);
        return sessionId;
    }

    private async Task SendAsync(Guid sessionId, byte[] video, CancellationToken cancellationToken)
    {
        var size = options.Value.UploadChunkBytes;
        long sequence = 0;
        try
        {
            for (var offset = 0; offset < video.Length; offset += size, sequence++)
            {
                var chunk = new VideoChunk(sequence, video.AsSpan(offset, Math.Min(size, video.Length - offset)).ToArray());
                await SendChunkAsync(sessionId, chunk, cancellationToken);
            }

            await sessions.EndAsync(sessionId, sequence - 1, cancellationToken);
        }
        catch (Exception error) when (error is SessionRejectedException or OperationCanceledException or OrleansException or TimeoutException)
        {
            // The session reports its own failure to whoever watches it; this only explains why sending stopped.
            LogSendFailed(logger, sessionId, sequence, error.Message);
        }
    }

    private async Task SendChunkAsync(Guid sessionId, VideoChunk chunk, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await sessions.AppendAsync(sessionId, chunk, cancellationToken);
                return;
            }
            catch (SessionRejectedException rejected) when (rejected.Code == RejectionCode.Unavailable && attempt < ChunkAttempts)
            {
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal session {SessionId} of {Email} started ({Language}, {Bytes} bytes uploaded)")]
    private static partial void LogStarted(ILogger logger, Guid sessionId, string email, string language, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal session {SessionId}: sending stopped at chunk {Sequence}: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, Guid sessionId, long sequence, string reason);
}

namespace Sign2Gpt.Web.Portal.Recordings;

/// <summary>
/// Keeps the videos of portal sessions. Sessions delete their chunk bytes when they end; the portal keeps its own
/// copy for playback, in Redis when the platform has one (any web node can serve it), in memory otherwise. An upload
/// is saved whole; a live recording grows chunk by chunk as the camera sends it.
/// </summary>
public interface IRecordingStore
{
    /// <summary>Keeps the whole video, replacing whatever the session had; the recording takes no chunks after this.</summary>
    Task SaveAsync(Guid sessionId, Recording recording, CancellationToken cancellationToken);

    /// <summary>Opens an empty recording, replacing whatever the session had, that takes chunks from sequence 0 on.</summary>
    Task BeginAsync(Guid sessionId, string tenantId, string contentType, CancellationToken cancellationToken);

    /// <summary>
    /// Adds chunk <paramref name="sequence"/> to a recording opened by <see cref="BeginAsync"/> when it is the next one.
    /// A chunk already added is not added again, so a client may resend a chunk it got no answer for.
    /// </summary>
    Task<RecordingAppend> AppendAsync(Guid sessionId, long sequence, ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken);

    /// <summary>The video as kept so far; null when there is none, or a live recording has no chunk yet.</summary>
    Task<Recording?> GetAsync(Guid sessionId, CancellationToken cancellationToken);
}

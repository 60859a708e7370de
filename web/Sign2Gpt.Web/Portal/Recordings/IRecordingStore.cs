namespace Sign2Gpt.Web.Portal.Recordings;

/// <summary>
/// Keeps the videos of portal sessions. Sessions delete their chunk bytes when they end; the portal keeps its own
/// copy for playback, in Redis when the platform has one (any web node can serve it), in memory otherwise.
/// </summary>
public interface IRecordingStore
{
    Task SaveAsync(Guid sessionId, Recording recording, CancellationToken cancellationToken);

    Task<Recording?> GetAsync(Guid sessionId, CancellationToken cancellationToken);
}

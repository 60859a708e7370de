using System.ComponentModel.DataAnnotations;

namespace Sign2Gpt.Web.Portal;

/// <summary>The portal's settings ("Portal").</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Largest video a user may upload.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Bytes per chunk when an upload is sent on to its session (under the session's own chunk limit).</summary>
    [Range(4096, 2 * 1024 * 1024)]
    public int UploadChunkBytes { get; set; } = 256 * 1024;

    /// <summary>Milliseconds of camera video in each chunk of a live translation: shorter chunks reach the session sooner, in more requests.</summary>
    [Range(250, 10_000)]
    public int LiveChunkMilliseconds { get; set; } = 1000;

    /// <summary>
    /// A live session that gets no chunk for this long (its page was closed mid-recording, its network dropped) is
    /// ended with the video it has, so it is translated and stops holding one of its tenant's concurrent sessions.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LiveIdleTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long Redis keeps a session's video for playback.</summary>
    public TimeSpan RecordingLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Without Redis, recordings kept in memory up to this many bytes, oldest dropped first.</summary>
    [Range(1, long.MaxValue)]
    public long MemoryRecordingBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Sessions a history page lists at most.</summary>
    [Range(1, 1000)]
    public int HistoryPageSize { get; set; } = 100;
}

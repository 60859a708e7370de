using System.ComponentModel.DataAnnotations;

namespace Sign2Gpt.Web.Ingest;

/// <summary>Limits of the ingest API ("Ingest" section).</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>
    /// Largest chunk body accepted. Kept well below the silo's own chunk limit so that oversized uploads are
    /// refused here, before they cost a grain call and a copy across the cluster.
    /// </summary>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxChunkBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// How long an event stream waits for an update from its session before asking the session itself; updates
    /// normally come first, so this only bounds the delay when one was lost (a silo failing over).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan EventRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a chunk upload waits for the session's receipt before answering 503 (send it again).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ReceiptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests one API key may make per minute, over all its sessions (a 25 fps upload in 1 s chunks needs 60).</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinutePerKey { get; set; } = 600;
}

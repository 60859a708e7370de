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

    /// <summary>How often an event stream asks the session grain for news; each open stream costs one call per tick.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan EventPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Requests one API key may make per minute, over all its sessions (a 25 fps upload in 1 s chunks needs 60).</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinutePerKey { get; set; } = 600;
}

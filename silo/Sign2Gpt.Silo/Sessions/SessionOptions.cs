namespace Sign2Gpt.Silo.Sessions;

/// <summary>Limits of one session ("Sessions" section): what protects the silo from a misbehaving client.</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    public int MaxChunkBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Chunks that may wait ahead of a gap; a chunk further ahead is refused.</summary>
    public int MaxHeldChunks { get; set; } = 64;

    /// <summary>How long a gap may stay open before the session fails.</summary>
    public TimeSpan GapTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public double MaxVideoSeconds { get; set; } = 600;

    public long MaxSessionBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>A partial hypothesis follows each window of this many seconds of video, once its frames have features.</summary>
    public double PartialEverySeconds { get; set; } = 2;

    /// <summary>How often the session looks at gaps and partial hypotheses; part of every partial's latency.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Off, sessions store and acknowledge chunks but never decode or translate them, and stay open until the silo
    /// stops: only for measuring the ingest path alone (<c>bench platform</c>, part d).
    /// </summary>
    public bool InferenceEnabled { get; set; } = true;
}

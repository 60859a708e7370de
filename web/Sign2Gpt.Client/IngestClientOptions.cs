namespace Sign2Gpt.Client;

/// <summary>How patient <see cref="IngestClient"/> is with a bad connection.</summary>
public sealed record IngestClientOptions
{
    /// <summary>First wait after a transport failure; each further failure in a row doubles it.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Ceiling of the doubling, so that a client notices a returning network within seconds.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long failures in a row may go on before the client gives up: how long a user is asked to wait for a dead
    /// network. The server's gap timeout does not bound it, since uploads in sequence never leave a gap.
    /// </summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Longest a single request may take. Shorter than HttpClient's 100 s default: a phone on a dying network
    /// should give up on a stalled upload and resume, not sit on it.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the session is polled once its event stream broke.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);
}

namespace Sign2Gpt.Client;

/// <summary>
/// Waits between attempts while failures follow one another: exponential for a dead connection (so a client on a
/// flapping network neither hammers the server nor waits long once it is back), the server's Retry-After for a rate
/// limit, and an error once the run has lasted longer than the retry budget. Any success starts a new run.
/// </summary>
internal sealed class RetryBackoff(IngestClientOptions options, TimeProvider time)
{
    private long? _runStarted;
    private int _transportFailures;

    /// <summary>Failures of any kind in the current run.</summary>
    public int Failures { get; private set; }

    /// <summary>Waits before the next attempt, or throws when the budget would be spent.</summary>
    /// <param name="retryAfter">The server's own wait (429 with Retry-After); null for a transport failure.</param>
    /// <exception cref="IngestClientException">With <see cref="IngestClientException.ConnectionLost"/>.</exception>
    public async Task WaitAsync(Exception failure, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        _runStarted ??= time.GetTimestamp();
        Failures++;
        var delay = retryAfter ?? NextTransportDelay();
        var elapsed = time.GetElapsedTime(_runStarted.Value);
        if (elapsed + delay > options.RetryBudget)
        {
            throw new IngestClientException(
                IngestClientException.ConnectionLost,
                $"Gave up after {Failures} failed attempts over {elapsed.TotalSeconds:0.#} s: {failure.Message}",
                innerException: failure);
        }

        await Task.Delay(delay, time, cancellationToken);
    }

    public void Reset()
    {
        _runStarted = null;
        _transportFailures = 0;
        Failures = 0;
    }

    private TimeSpan NextTransportDelay()
    {
        // Doubling counts transport failures only: a rate limit says nothing about the network.
        var doubled = options.InitialBackoff.TotalMilliseconds * Math.Pow(2, _transportFailures++);
        return TimeSpan.FromMilliseconds(Math.Min(doubled, options.MaxBackoff.TotalMilliseconds));
    }
}

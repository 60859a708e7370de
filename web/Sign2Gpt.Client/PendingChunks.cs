using System.Threading.Channels;

namespace Sign2Gpt.Client;

/// <summary>
/// The chunks an upload still owes the server, numbered in recording order, whatever the transport. The source is
/// read all along, also while the connection is down: a camera does not stop recording because the network did,
/// and a paced ffmpeg blocked on its pipe would fall behind real time. A chunk is forgotten only once the server's
/// next_expected passed it, so a resume always starts from where the server stands, never from where the client
/// believes it stopped.
/// </summary>
internal sealed class PendingChunks : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop;
    private readonly Channel<byte[]> _recorded = Channel.CreateUnbounded<byte[]>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly Task _pump;

    /// <summary>Every chunk not yet acknowledged, in sequence order, starting at <see cref="NextExpected"/>.</summary>
    private readonly List<Chunk> _unacknowledged = [];
    private long _nextSequence;
    private long _highestSent = -1;

    public PendingChunks(IAsyncEnumerable<byte[]> source, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _pump = PumpAsync(source, _recorded.Writer, _stop.Token);
    }

    /// <summary>The lowest chunk the server is known to lack.</summary>
    public long NextExpected
    {
        get
        {
            lock (_gate)
            {
                return _unacknowledged.Count > 0 ? _unacknowledged[0].Sequence : _nextSequence;
            }
        }
    }

    /// <summary>The last chunk's sequence, once <see cref="GetAsync"/> said the source is done.</summary>
    /// <exception cref="IngestClientException">With <see cref="IngestClientException.EmptyInput"/>: nothing was recorded.</exception>
    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _nextSequence == 0
                    ? throw new IngestClientException(IngestClientException.EmptyInput, "The video produced no bytes to upload.")
                    : _nextSequence - 1;
            }
        }
    }

    /// <summary>
    /// Chunk <paramref name="sequence"/>, waiting for the source to record it; null when the source ended before it.
    /// Marks it sent, for <see cref="Resent"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The source failed (ffmpeg's error), after everything it recorded before.</exception>
    public async Task<Chunk?> GetAsync(long sequence, CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_gate)
            {
                while (_recorded.Reader.TryRead(out var data))
                {
                    _unacknowledged.Add(new Chunk(_nextSequence++, data));
                }

                if (sequence < _nextSequence)
                {
                    var oldest = _unacknowledged.Count > 0 ? _unacknowledged[0].Sequence : _nextSequence;
                    if (sequence < oldest)
                    {
                        throw Forgotten(sequence);
                    }

                    _highestSent = Math.Max(_highestSent, sequence);
                    return _unacknowledged[(int)(sequence - oldest)];
                }
            }

            if (!await _recorded.Reader.WaitToReadAsync(cancellationToken))
            {
                // The source is done; awaiting the pump surfaces why it stopped, if it failed.
                await _pump;
                return null;
            }
        }
    }

    /// <summary>Forgets what the server has; refuses to go on if it lacks a chunk that was already forgotten.</summary>
    /// <exception cref="IngestClientException">The server went back on an acknowledgement.</exception>
    public void Acknowledge(long nextExpected)
    {
        lock (_gate)
        {
            _unacknowledged.RemoveAll(chunk => chunk.Sequence < nextExpected);
            var oldestKept = _unacknowledged.Count > 0 ? _unacknowledged[0].Sequence : _nextSequence;
            if (nextExpected < oldestKept)
            {
                throw Forgotten(nextExpected);
            }
        }
    }

    /// <summary>How many chunks sent before a resume at <paramref name="nextExpected"/> go again.</summary>
    public int Resent(long nextExpected)
    {
        lock (_gate)
        {
            return (int)Math.Max(0, _highestSent + 1 - nextExpected);
        }
    }

    /// <summary>Stops the source (and its ffmpeg) when the upload ends early; its own failure is not news by then.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private static IngestClientException Forgotten(long sequence) => new(
        IngestClientException.UnexpectedResponse,
        $"The server expects chunk {sequence}, which it had acknowledged before; it cannot be sent again.");

    private static async Task PumpAsync(IAsyncEnumerable<byte[]> chunks, ChannelWriter<byte[]> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var chunk in chunks.WithCancellation(cancellationToken))
            {
                // The server refuses empty chunks, and they carry nothing.
                if (chunk.Length > 0)
                {
                    await writer.WriteAsync(chunk, cancellationToken);
                }
            }
        }
        finally
        {
            // Completed without the error: the uploader awaits the pump to learn it, after sending what came before.
            writer.TryComplete();
        }
    }

    public sealed record Chunk(long Sequence, byte[] Data);
}

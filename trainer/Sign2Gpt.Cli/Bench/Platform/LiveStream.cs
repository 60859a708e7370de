using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Sign2Gpt.Client;

namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>
/// One real-time stream as a phone sends it (the reference client, paced by ffmpeg's <c>-re</c>), watched live over
/// the session's event stream to time its partial results.
/// </summary>
/// <remarks>
/// Partial latency, per 2-s window of video (windows end at 2, 4, 6 ... s, as far as the video goes): from the moment
/// the chunk that completes the window (the chunk holding the end of the last fragment inside it) was handed to the
/// uploader, to the moment an event brought a partial result whose video_seconds reaches the window's end. The
/// uploader sends a chunk at once unless the previous one is still in flight, so waiting there is counted as the
/// platform's. "Reaches" allows one source frame: the session keeps every second frame, so its video_seconds after
/// a window is the end of the window's last kept frame. A window no partial ever reaches counts as infinitely late.
/// </remarks>
internal static class LiveStream
{
    public const double WindowSeconds = 2;

    public static async Task<LiveStreamResult> RunAsync(HttpClient http, string video, string language, CancellationToken cancellationToken)
    {
        using var segmenter = new VideoSegmenter(video) { Paced = true };
        var fps = await segmenter.ProbeFpsAsync(cancellationToken);
        var client = new IngestClient(http);
        var clock = Stopwatch.StartNew();
        var fragments = new FragmentClock(fps);
        var handed = new ConcurrentQueue<(double Seconds, TimeSpan At)>();
        var partials = new ConcurrentQueue<(double Seconds, TimeSpan At)>();
        long chunks = 0;

        async IAsyncEnumerable<byte[]> Recorded([EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var chunk in segmenter.ReadChunksAsync(token))
            {
                handed.Enqueue((fragments.Add(chunk), clock.Elapsed));
                Interlocked.Increment(ref chunks);
                yield return chunk;
            }
        }

        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watcher = Task.CompletedTask;
        var progress = new EventSink(e =>
        {
            if (e is SessionOpened opened)
            {
                watcher = WatchAsync(client, opened.SessionId, partials, clock, watching.Token);
            }
        });

        IngestTranslation? final = null;
        string? error = null;
        try
        {
            final = (await client.StreamAsync(Recorded(cancellationToken), new StreamOptions(language, fps), progress, cancellationToken)).Final;

            // The last windows may be reached only by the final translation, which can come before the watcher sees it.
            if (final is not null)
            {
                partials.Enqueue((final.VideoSeconds, clock.Elapsed));
            }
        }
        catch (IngestClientException exception)
        {
            error = $"{exception.Code}: {exception.Message}";
        }
        finally
        {
            await watching.CancelAsync();
            await watcher.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return new LiveStreamResult(WindowLatencies([.. handed], [.. partials], fragments.Seconds, fps), final, error, chunks, fragments.Seconds);
    }

    private static async Task WatchAsync(
        IngestClient client, Guid session, ConcurrentQueue<(double Seconds, TimeSpan At)> partials, Stopwatch clock, CancellationToken cancellationToken)
    {
        await foreach (var snapshot in client.WatchAsync(session, cancellationToken))
        {
            if (snapshot.Partial is { } partial)
            {
                partials.Enqueue((partial.VideoSeconds, clock.Elapsed));
            }
        }
    }

    private static List<double> WindowLatencies(
        (double Seconds, TimeSpan At)[] handed, (double Seconds, TimeSpan At)[] partials, double sentSeconds, double fps)
    {
        const double Epsilon = 1e-6;
        var latencies = new List<double>();
        for (var end = WindowSeconds; end <= sentSeconds + Epsilon; end += WindowSeconds)
        {
            var sent = handed.First(h => h.Seconds >= end - Epsilon).At;
            var covered = partials.Where(p => p.Seconds >= end - 1 / fps - Epsilon).Select(p => (TimeSpan?)p.At).FirstOrDefault();
            latencies.Add(covered is { } at ? (at - sent).TotalSeconds : double.PositiveInfinity);
        }

        return latencies;
    }

    /// <summary>Runs the callback on the reporting thread, in order (see <see cref="IngestClient.StreamAsync"/>).</summary>
    private sealed class EventSink(Action<ClientEvent> report) : IProgress<ClientEvent>
    {
        public void Report(ClientEvent value) => report(value);
    }
}

/// <param name="WindowLatencies">Seconds per 2-s window, in order; infinity for a window no partial reached.</param>
/// <param name="Error">Why the session failed, when it did.</param>
internal sealed record LiveStreamResult(IReadOnlyList<double> WindowLatencies, IngestTranslation? Final, string? Error, long Chunks, double VideoSeconds);

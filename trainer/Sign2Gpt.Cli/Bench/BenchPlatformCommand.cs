using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Sign2Gpt.Cli.Bench.Platform;
using Sign2Gpt.Client;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Bench;

/// <summary>
/// The platform as real processes (redis-server, silo, web) on this machine, driven through the ingest API by the
/// reference client: (a) throughput against the bare pipeline in this process on the same video, (b) concurrent
/// real-time streams within the partial-latency target, (c) an adapter swap under load, (d) the ingest path alone,
/// (e) the silo's memory. Every figure is printed beside its baseline from the same run and its target; a missed
/// target is a result, not a failure.
/// </summary>
internal sealed class BenchPlatformCommand(
    VideoFeatureExtractor extractor,
    OnnxSessionFactory sessions,
    IOptions<ModelBundleOptions> bundleOptions) : AsyncCommand<BenchPlatformSettings>
{
    private const string Language = "de";
    private const double SampledFramesPerSecond = 12.5;
    private const double LatencyTargetSeconds = 2;
    private const double ThroughputTarget = 0.9;
    private const double IdleTargetMegabytes = 1500;
    private const double PerSessionTargetMegabytes = 50;
    /// <summary>The reference client's own chunk size, for unpaced uploads.</summary>
    private const int UnpacedChunkBytes = 64 * 1024;
    private static readonly TimeSpan SwapTimeout = TimeSpan.FromMinutes(3);

    private readonly List<BenchFigure> _figures = [];
    private double? _bareFramesPerSecond;
    private double? _chunksPerStreamSecond;

    public override async Task<int> ExecuteAsync(CommandContext context, BenchPlatformSettings settings, CancellationToken cancellationToken)
    {
        var parts = settings.Selected;
        var build = PlatformBuild.Locate();
        Step("building the silo and web (when sources changed)");
        await build.EnsureBuiltAsync(cancellationToken);

        var bundleDirectory = bundleOptions.Value.Directory;
        var video = settings.Video ?? Path.Combine(bundleDirectory, "samples", "bench-10s.mp4");
        var work = Directory.CreateTempSubdirectory("s2g-bench-").FullName;
        try
        {
            var encoded = await ClientChunks.EncodeAsync(video, UnpacedChunkBytes, cancellationToken);
            var encodedPath = Path.Combine(work, "encoded.mp4");
            await encoded.WriteAsync(encodedPath, cancellationToken);
            var live = parts.Overlaps(["b", "e"])
                ? await LoopedVideo.CreateAsync(video, settings.StreamSeconds, work, cancellationToken)
                : video;

            if (parts.Overlaps(["a", "b", "c", "e"]))
            {
                Step("starting redis-server, the silo and the web front end");
                await using var platform = await LocalPlatform.StartAsync(build, inference: true, cancellationToken);
                Step("warming the silo with one session");
                await StreamOnceAsync(platform, encoded, cancellationToken);
                double? idle = null;
                if (parts.Contains("e"))
                {
                    // Let the warm-up's garbage and threads settle before reading what an idle silo holds.
                    await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                    idle = await ResidentMedianAsync(platform, TimeSpan.FromSeconds(5), cancellationToken);
                }

                if (parts.Overlaps(["a", "b"]))
                {
                    await BarePipelineAsync(bundleDirectory, encodedPath, settings.Copies, cancellationToken);
                }

                if (parts.Contains("a"))
                {
                    await ThroughputAsync(platform, encoded, settings.Copies, cancellationToken);
                }

                if (parts.Contains("e"))
                {
                    await MemoryAsync(platform, live, idle!.Value, settings, cancellationToken);
                }

                if (parts.Contains("b"))
                {
                    await RealTimeStreamsAsync(platform, live, settings.MaxStreams, cancellationToken);
                }

                if (parts.Contains("c"))
                {
                    await AdapterSwapAsync(platform, encoded, bundleDirectory, settings.SwapWorkers, cancellationToken);
                }

                platform.EnsureRunning();
            }

            if (parts.Contains("d"))
            {
                Step("restarting the platform with Sessions__InferenceEnabled=false");
                await using var platform = await LocalPlatform.StartAsync(build, inference: false, cancellationToken);
                await IngestAsync(platform, video, settings, cancellationToken);
                platform.EnsureRunning();
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        Print(video);
        return 0;
    }

    private async Task BarePipelineAsync(string bundleDirectory, string video, int copies, CancellationToken cancellationToken)
    {
        Step($"bare pipeline in this process: {copies} translations of the same video, one after another");
        using var bundle = ModelBundle.Load(bundleDirectory, sessions);
        var translator = new SignTranslator(bundle, extractor);
        await translator.TranslateAsync(video, Language, BeamSearchOptions.Paper, cancellationToken);
        var clock = Stopwatch.StartNew();
        var frames = 0;
        for (var i = 0; i < copies; i++)
        {
            frames += (await translator.TranslateAsync(video, Language, BeamSearchOptions.Paper, cancellationToken)).Timing.Frames;
        }

        _bareFramesPerSecond = frames / clock.Elapsed.TotalSeconds;
    }

    private async Task ThroughputAsync(LocalPlatform platform, ClientChunks encoded, int copies, CancellationToken cancellationToken)
    {
        Step($"(a) {copies} unpaced streams at once through the ingest API");
        var clock = Stopwatch.StartNew();
        var finals = await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => Task.Run(() => StreamOnceAsync(platform, encoded, cancellationToken), cancellationToken)));
        var seconds = clock.Elapsed.TotalSeconds;
        var platformFps = finals.Sum(f => f.Frames) / seconds;
        var ratio = platformFps / _bareFramesPerSecond!.Value;
        Add("a", $"sampled frames/s translated, {copies} unpaced streams ({finals.Sum(f => f.Frames)} frames in {seconds:0.0} s)",
            $"{platformFps:0.0}", $"{_bareFramesPerSecond:0.0} (bare pipeline)", $"{ratio:0.00}", $">= {ThroughputTarget}", ratio >= ThroughputTarget);
    }

    private async Task MemoryAsync(LocalPlatform platform, string live, double idle, BenchPlatformSettings settings, CancellationToken cancellationToken)
    {
        var count = settings.Sessions;
        Step($"(e) silo memory with {count} real-time sessions of {settings.StreamSeconds:0} s");
        var clock = Stopwatch.StartNew();
        var streams = RunLiveStreams(platform, live, count, cancellationToken);
        async Task<double> ResidentBetweenAsync(double from, double to)
        {
            var wait = TimeSpan.FromSeconds(from * settings.StreamSeconds) - clock.Elapsed;
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken);
            return await ResidentMedianAsync(platform, TimeSpan.FromSeconds((to - from) * settings.StreamSeconds), cancellationToken);
        }

        var early = await ResidentBetweenAsync(0.15, 0.35);
        var middle = await ResidentBetweenAsync(0.4, 0.6);
        var late = await ResidentBetweenAsync(0.65, 0.85);
        var results = await streams;
        NoteChunkRate(results);
        var after = await ResidentMedianAsync(platform, TimeSpan.FromSeconds(5), cancellationToken);
        var failed = results.Count(r => r.Error is not null);
        var perSession = (middle - idle) / count;
        Add("e", "silo resident MB, idle with the demo model loaded (after one session)", $"{idle:0}", "", "", $"<= {IdleTargetMegabytes}", idle <= IdleTargetMegabytes);
        Add("e", $"silo resident MB, {count} real-time sessions mid-stream{Failures(failed)}", $"{middle:0}", $"{idle:0} (idle)", $"{middle / idle:0.00}", "", null);
        Add("e", "growth per active session MB, (mid-stream - idle) / sessions", $"{perSession:0.0}", "", "", $"<= {PerSessionTargetMegabytes}", perSession <= PerSessionTargetMegabytes);
        Add("e", "silo resident MB, idle again after those sessions ended", $"{after:0}", $"{idle:0} (idle before)", $"{after / idle:0.00}", "", null);
        // The idle reading after the warm-up can still hold memory the collector returns later; against the idle
        // reading after the sessions, both sides share one heap history.
        Add("e", "growth per active session MB against the idle reading after the sessions", $"{(middle - after) / count:0.0}", "", "", $"<= {PerSessionTargetMegabytes}", (middle - after) / count <= PerSessionTargetMegabytes);
        var span = 0.5 * settings.StreamSeconds;
        Add("e", $"same sessions, resident MB around 75 % of the stream vs around 25 % ({span:0} s later)", $"{late:0}", $"{early:0}", $"{late / early:0.00}", "", null);
    }

    private async Task RealTimeStreamsAsync(LocalPlatform platform, string live, int maxStreams, CancellationToken cancellationToken)
    {
        var sustained = 0;
        for (var k = 1; k <= maxStreams; k++)
        {
            Step($"(b) {k} real-time stream(s) at once");
            var results = await RunLiveStreams(platform, live, k, cancellationToken);
            platform.EnsureRunning();
            NoteChunkRate(results);
            var latencies = results.SelectMany(r => r.WindowLatencies).ToArray();
            var p95 = Percentile.Of(latencies, 0.95);
            var failed = results.Count(r => r.Error is not null);
            var met = p95 <= LatencyTargetSeconds && failed == 0;
            Add("b", $"{k} stream(s): p95 partial latency s (median {Percentile.Of(latencies, 0.5):0.00}, max {latencies.Max():0.00}, {latencies.Length} windows){Failures(failed)}",
                $"{p95:0.00}", "", "", $"<= {LatencyTargetSeconds}", met);
            if (!met)
            {
                break;
            }

            sustained = k;
        }

        var bareStreams = _bareFramesPerSecond!.Value / SampledFramesPerSecond;
        Add("b", $"concurrent real-time streams ({SampledFramesPerSecond} sampled frames/s each) with p95 <= {LatencyTargetSeconds} s, tried up to {maxStreams}",
            $"{sustained}", $"{bareStreams:0.0} (bare frames/s / {SampledFramesPerSecond})", $"{sustained / bareStreams:0.00}", "", null);
    }

    private async Task AdapterSwapAsync(LocalPlatform platform, ClientChunks encoded, string bundleDirectory, int workers, CancellationToken cancellationToken)
    {
        Step($"(c) adapter swap while {workers} clients send back-to-back unpaced sessions");
        var shipped = await LoraAdapterFile.ReadAsync(Path.Combine(bundleDirectory, "adapters", $"{Language}.onnx_adapter"), cancellationToken);
        var version = shipped.AdapterVersion + 1;
        var newAdapter = $"{Language}@v{version}";
        var file = LoraAdapterFile.Write(new LoraAdapter(version, shipped.ModelVersion, shipped.Parameters));

        var clock = Stopwatch.StartNew();
        var log = new ConcurrentQueue<SwapSession>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            using var http = platform.CreateIngestHttp();
            var client = new IngestClient(http);
            while (!stop.IsCancellationRequested)
            {
                var start = clock.Elapsed;
                try
                {
                    var session = await client.StreamAsync(encoded.Replay(), new StreamOptions(Language, encoded.Fps), null, stop.Token);
                    log.Enqueue(new SwapSession(start, clock.Elapsed, session.Final!.Adapter, null));
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // Stopped by the bench mid-session: not a failure of the platform's.
                }
                catch (IngestClientException exception)
                {
                    log.Enqueue(new SwapSession(start, clock.Elapsed, null, exception.Code));
                }
            }
        }, cancellationToken)).ToArray();

        try
        {
            await WaitUntilAsync(() => log.Count >= workers, running, cancellationToken);
            var before = log.ToArray();
            var published = clock.Elapsed;
            using var admin = new AdapterAdmin(platform.WebUri, platform.OperatorKey);
            await admin.PublishAsync(Language, file, cancellationToken);
            await admin.PromoteAsync(Language, version, cancellationToken);
            var promoted = clock.Elapsed;
            await WaitUntilAsync(() => log.Count(s => s.Start >= promoted) >= workers, running, cancellationToken);
            await stop.CancelAsync();
            await Task.WhenAll(running);

            var during = log.Where(s => s.End >= published).ToArray();
            var firstNew = during.Where(s => s.Adapter == newAdapter).Min(s => (TimeSpan?)s.End);
            var errors = during.Count(s => s.Error is not null);
            var stale = during.Count(s => s.Start >= promoted && s.Error is null && s.Adapter != newAdapter);
            var baseline = Percentile.Of([.. before.Where(s => s.Error is null).Select(s => (s.End - s.Start).TotalSeconds)], 0.5);
            var swap = firstNew is { } at ? (at - published).TotalSeconds : double.NaN;
            Add("c", $"publish + promote {newAdapter} -> first session served by it (publish and promote took {(promoted - published).TotalSeconds:0.00} s)",
                $"{swap:0.00} s", $"{baseline:0.00} s (one session, start to final)", $"{swap / baseline:0.00}", "", null);
            Add("c", $"failed sessions from publish to the end ({during.Length} sessions)", $"{errors}", "", "", "0", errors == 0);
            Add("c", "sessions started after the promote served by the old version", $"{stale}", "", "", "0", stale == 0);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task IngestAsync(LocalPlatform platform, string video, BenchPlatformSettings settings, CancellationToken cancellationToken)
    {
        var encoded = await ClientChunks.EncodeAsync(video, settings.IngestChunkBytes, cancellationToken);
        var replays = (int)Math.Ceiling(settings.IngestChunks / (double)encoded.Chunks.Count);
        var chunksPerSession = replays * encoded.Chunks.Count;
        var bytesPerSession = replays * encoded.Bytes;
        Step($"(d) {settings.IngestSessions} sessions uploading {chunksPerSession} chunks each, unpaced, inference off");
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.IngestSessions).Select(_ => Task.Run(() => UploadOnlyAsync(platform, encoded, replays, cancellationToken), cancellationToken)));
        var seconds = clock.Elapsed.TotalSeconds;
        var chunks = settings.IngestSessions * chunksPerSession;
        var rate = chunks / seconds;
        var megabytes = settings.IngestSessions * bytesPerSession / 1e6 / seconds;
        var (baseline, ratio) = _chunksPerStreamSecond is { } perStream
            ? ($"{perStream:0.00} (one real-time stream, measured in b/e)", $"{rate / perStream:0}")
            : ("", "");
        Add("d", $"chunks/s accepted on loopback, inference off ({chunks} chunks of ~{encoded.Bytes / encoded.Chunks.Count / 1024.0:0} KB, {megabytes:0.0} MB/s, {settings.IngestSessions} sessions)",
            $"{rate:0}", baseline, ratio, "", null);
    }

    /// <summary>
    /// Uploads until the server has acknowledged the last chunk. With inference off a session never completes, so
    /// the client is stopped at that acknowledgement rather than left waiting for a final translation.
    /// </summary>
    private static async Task UploadOnlyAsync(LocalPlatform platform, ClientChunks encoded, int replays, CancellationToken cancellationToken)
    {
        using var http = platform.CreateIngestHttp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var last = replays * encoded.Chunks.Count - 1;
        var progress = new LastAcknowledgement(last, stop);
        try
        {
            await new IngestClient(http).StreamAsync(encoded.Replay(replays), new StreamOptions(Language, encoded.Fps), progress, stop.Token);
        }
        catch (OperationCanceledException) when (progress.Reached && !cancellationToken.IsCancellationRequested)
        {
            // The expected way out: every chunk was acknowledged.
        }
    }

    private static async Task<IngestTranslation> StreamOnceAsync(LocalPlatform platform, ClientChunks encoded, CancellationToken cancellationToken)
    {
        using var http = platform.CreateIngestHttp();
        var session = await new IngestClient(http).StreamAsync(encoded.Replay(), new StreamOptions(Language, encoded.Fps), null, cancellationToken);
        return session.Final!;
    }

    /// <summary>
    /// The median of readings every quarter second: the garbage collector returns memory in steps, and one reading
    /// can land on either side of one.
    /// </summary>
    private static async Task<double> ResidentMedianAsync(LocalPlatform platform, TimeSpan duration, CancellationToken cancellationToken)
    {
        var readings = new List<double>();
        var clock = Stopwatch.StartNew();
        do
        {
            readings.Add(platform.SiloResidentMegabytes());
            await Task.Delay(250, cancellationToken);
        }
        while (clock.Elapsed < duration);
        return Percentile.Of(readings, 0.5);
    }

    private static Task<LiveStreamResult[]> RunLiveStreams(LocalPlatform platform, string video, int count, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Run(async () =>
        {
            using var http = platform.CreateIngestHttp();
            return await LiveStream.RunAsync(http, video, Language, cancellationToken);
        }, cancellationToken)));

    /// <summary>Chunks a paced stream sends per second of video: what one real-time phone asks of the ingest path.</summary>
    private void NoteChunkRate(LiveStreamResult[] results) =>
        _chunksPerStreamSecond ??= results.Sum(r => r.Chunks) / results.Sum(r => r.VideoSeconds);

    private static async Task WaitUntilAsync(Func<bool> condition, Task[] workers, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (workers.FirstOrDefault(w => w.IsFaulted) is { } faulted)
            {
                await faulted;
            }

            if (clock.Elapsed > SwapTimeout)
            {
                throw new TimeoutException($"The adapter swap did not progress within {SwapTimeout.TotalMinutes:0} minutes.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private static string Failures(int failed) => failed == 0 ? "" : $", {failed} failed session(s)";

    private void Add(string part, string figure, string value, string baseline, string ratio, string target, bool? met) =>
        _figures.Add(new BenchFigure(part, figure, value, baseline, ratio, target, met));

    private static void Step(string text) => AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss} {text}[/]");

    private void Print(string video)
    {
        var table = new Table()
            .Title($"platform bench: {Path.GetFileName(video)}, {Environment.ProcessorCount} cores, CPU inference")
            .AddColumns("part", "figure", "value", "baseline", "ratio", "target", "met?");
        foreach (var figure in _figures)
        {
            table.AddRow(
                Markup.Escape(figure.Part), Markup.Escape(figure.Figure), Markup.Escape(figure.Value), Markup.Escape(figure.Baseline),
                Markup.Escape(figure.Ratio), Markup.Escape(figure.Target), figure.Met switch { true => "yes", false => "[red]no[/]", null => "" });
        }

        // Piped output defaults to 80 columns, which folds every figure over several lines.
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 180);
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(
            "Partial latency: per 2-s window of video, from handing the uploader the chunk that completes the window to the event " +
            "bringing a partial whose video_seconds reaches the window's end (within one source frame); a window never reached counts as infinite.");
        AnsiConsole.MarkupLine(
            "Clients run in this process on the same cores: unpaced streams replay chunks encoded before timing; real-time streams encode live with ffmpeg -re, as a phone would.");
    }

    private sealed record SwapSession(TimeSpan Start, TimeSpan End, string? Adapter, string? Error);

    /// <summary>Stops an upload-only client once the server acknowledged its last chunk.</summary>
    private sealed class LastAcknowledgement(long last, CancellationTokenSource stop) : IProgress<ClientEvent>
    {
        public bool Reached { get; private set; }

        public void Report(ClientEvent value)
        {
            if (value is ChunkAcknowledged ack && ack.NextExpected > last)
            {
                Reached = true;
                stop.Cancel();
            }
        }
    }
}

using System.ComponentModel;
using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Media;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Bench;

/// <summary>
/// Frames per second of the feature extractor against a bare ONNX Runtime run loop over the very same
/// batches, interleaved in one process so machine noise hits both alike; the ratio is what counts.
/// </summary>
internal sealed class BenchFeaturesCommand(ResNet18Backbone backbone, VideoDecoder decoder) : AsyncCommand<BenchFeaturesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--video <PATH>")]
        [Description("Video whose frames are fed (default: the real signer video in ../shared/data/real).")]
        public string? Video { get; init; }

        [CommandOption("--frames <N>")]
        [Description("Frames per measured pass.")]
        [DefaultValue(64)]
        public int Frames { get; init; } = 64;

        [CommandOption("--rounds <N>")]
        [Description("Interleaved rounds per method; the median is reported.")]
        [DefaultValue(5)]
        public int Rounds { get; init; } = 5;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var frames = await LoadFramesAsync(settings, cancellationToken);
        var batchSize = Math.Min(16, frames.Count);
        var batches = frames.Chunk(batchSize).Select(b => (Pixels: b.SelectMany(f => f.Pixels).ToArray(), Count: b.Length)).ToList();

        AnsiConsole.MarkupLineInterpolated($"backbone {ResNet18Backbone.Version} on [bold]{backbone.Device}[/], {frames.Count} frames of 224x224 per pass, batches of {batchSize}, {settings.Rounds} rounds");
        var extractor = new List<double>();
        var bare = new List<double>();
        Measure(() => backbone.Extract(frames), frames.Count);
        Measure(() => BareRunLoop(batches), frames.Count);
        for (var round = 0; round < settings.Rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            extractor.Add(Measure(() => backbone.Extract(frames), frames.Count));
            bare.Add(Measure(() => BareRunLoop(batches), frames.Count));
        }

        var table = new Table().AddColumns("path", "frames/s (median)", "min", "max");
        table.AddRow("extractor (ResNet18Backbone.Extract)", $"{Median(extractor):0.0}", $"{extractor.Min():0.0}", $"{extractor.Max():0.0}");
        table.AddRow("bare InferenceSession.Run loop", $"{Median(bare):0.0}", $"{bare.Min():0.0}", $"{bare.Max():0.0}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"ratio extractor / bare: [bold]{Median(extractor) / Median(bare):0.000}[/] (target >= 0.95)");
        return 0;
    }

    /// <summary>The floor: the runtime alone on ready-made tensors, output buffers reused, nothing else.</summary>
    private void BareRunLoop(List<(byte[] Pixels, int Count)> batches)
    {
        var session = backbone.Session;
        var output = new float[16 * ResNet18Backbone.FeatureSize];
        using var runOptions = new RunOptions();
        foreach (var (pixels, count) in batches)
        {
            using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, pixels.AsMemory(), [count, 224, 224, 3]);
            using var result = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, output.AsMemory(0, count * ResNet18Backbone.FeatureSize), [count, ResNet18Backbone.FeatureSize]);
            session.Run(runOptions, session.InputNames, [input], session.OutputNames, [result]);
        }
    }

    private async Task<IReadOnlyList<RgbFrame>> LoadFramesAsync(Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.Video ?? SharedData.RealSignerVideo;
        var video = await decoder.DecodeAllAsync(path, FrameGeometry.Evaluation, FrameSelection.All, cancellationToken);
        return Enumerable.Range(0, settings.Frames).Select(i => video.Frames[i % video.Frames.Count]).ToList();
    }

    private static double Measure(Action action, int frames)
    {
        var clock = Stopwatch.StartNew();
        action();
        return frames / clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

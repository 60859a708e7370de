using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Bench;

/// <summary>
/// Speed of one translation, by part: backbone frames/s, encoder ms, decoder ms per token with and without
/// the KV cache (same 32 tokens, same process), the real-time factor end to end, and peak resident memory.
/// </summary>
internal sealed class BenchTranslateCommand(
    VideoDecoder decoder,
    ResNet18Backbone backbone,
    VideoFeatureExtractor extractor,
    OnnxSessionFactory sessions,
    IOptions<ModelBundleOptions> bundleOptions) : AsyncCommand<BenchTranslateCommand.Settings>
{
    private const int TokensCompared = 32;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--video <PATH>")]
        [Description("Video to translate (default: the bundle's 10 s SynthSign sample, samples/bench-10s.mp4).")]
        public string? Video { get; init; }

        [CommandOption("--bundle <DIR>")]
        public string? Bundle { get; init; }

        [CommandOption("--rounds <N>")]
        [DefaultValue(3)]
        public int Rounds { get; init; } = 3;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var directory = settings.Bundle ?? bundleOptions.Value.Directory;
        using var bundle = ModelBundle.Load(directory, sessions);
        var video = settings.Video ?? Path.Combine(directory, "samples", "bench-10s.mp4");
        var translator = new SignTranslator(bundle, extractor);
        var language = bundle.Manifest.Languages[0];
        var decoded = await decoder.DecodeAllAsync(video, FrameGeometry.Evaluation, FrameSelection.Evaluation, cancellationToken);
        var seconds = decoded.Info.Duration?.TotalSeconds ?? decoded.Info.FrameCount / decoded.Info.Fps ?? 0;

        var backboneFps = new List<double>();
        var encoderMs = new List<double>();
        var totals = new List<double>();
        TranslationResult? result = null;
        for (var round = 0; round <= settings.Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            backbone.Extract(decoded.Frames);
            var backboneSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            result = await translator.TranslateAsync(video, language, BeamSearchOptions.Paper, cancellationToken);
            if (round > 0)
            {
                backboneFps.Add(decoded.Frames.Count / backboneSeconds);
                encoderMs.Add(result.Timing.EncoderMs);
                totals.Add(clock.Elapsed.TotalSeconds);
            }
        }

        var encoded = translator.Encode(await extractor.ExtractAsync(video, cancellationToken));
        var (cached, recomputed) = PerTokenMilliseconds(bundle, encoded.Visual, language);
        var table = new Table().Title($"translate bench: {Path.GetFileName(video)}, {seconds:0.0} s, {decoded.Frames.Count} sampled frames, {bundle.Device}").AddColumns("figure", "value");
        table.AddRow("backbone frames/s (ResNet18)", $"{Median(backboneFps):0.0}");
        table.AddRow("encoder ms", $"{Median(encoderMs):0.0}");
        table.AddRow($"decoder ms/token, KV cache (length {TokensCompared})", $"{cached:0.00}");
        table.AddRow($"decoder ms/token, recomputing (length {TokensCompared})", $"{recomputed:0.00}");
        table.AddRow("KV cache speed-up (target >= 3)", $"{recomputed / cached:0.0}x");
        table.AddRow("translate total s (decode + backbone + encoder + beam search)", $"{Median(totals):0.00}");
        table.AddRow("real-time factor (target <= 0.5)", $"{Median(totals) / seconds:0.000}");
        table.AddRow("peak resident MB (target < 1500)", $"{ProcessMemory.PeakResidentMegabytes():0}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"text: {result!.Text}");
        return 0;
    }

    /// <summary>Replays the same 32 greedy tokens with and without the cache, one hypothesis, and times each step.</summary>
    private static (double Cached, double Recomputed) PerTokenMilliseconds(ModelBundle bundle, VisualTokens visual, string language)
    {
        var prompt = new[] { bundle.Tokenizer.LanguageTag(language) };
        double Time(DecoderCacheMode mode)
        {
            using var scorer = new OnnxDecoder(bundle.Decoder, mode).Begin(visual, bundle.AdapterFor(language));
            var clock = Stopwatch.StartNew();
            var logits = scorer.Start(prompt);
            for (var step = 1; step < TokensCompared; step++)
            {
                var next = ArgMax(logits.Row(0));
                logits = scorer.Advance([0], [next]);
            }

            return clock.Elapsed.TotalMilliseconds / TokensCompared;
        }

        Time(DecoderCacheMode.KeyValue);
        return (Time(DecoderCacheMode.KeyValue), Time(DecoderCacheMode.Recompute));
    }

    private static int ArgMax(ReadOnlySpan<float> row)
    {
        var best = 0;
        for (var i = 1; i < row.Length; i++)
        {
            if (row[i] > row[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

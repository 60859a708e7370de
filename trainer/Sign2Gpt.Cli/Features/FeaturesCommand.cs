using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Sign2Gpt.Datasets.Features;
using Sign2Gpt.Inference.Backbone;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Features;

/// <summary>Writes ResNet18 features of a video, a frame folder or every video of a corpus, through the feature cache.</summary>
internal sealed class FeaturesCommand(VideoFeatureExtractor extractor, ILogger<FeatureCache> cacheLogger) : AsyncCommand<FeaturesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<INPUT>")]
        [Description("A video file, a folder of frames, or a corpus root (Phoenix-2014-T, CSL-Daily or SynthSign layout).")]
        public string Input { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Folder for the feature files (<name>.s2gf, per split for a corpus).")]
        public string Out { get; init; } = "";

        [CommandOption("--cache <DIR>")]
        [Description("Feature cache folder (default: ~/.cache/sign2gpt/features).")]
        public string? Cache { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is required.")
            : !File.Exists(Input) && !Directory.Exists(Input) ? ValidationResult.Error($"Input '{Input}' does not exist.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var videos = FeatureInputs.Resolve(settings.Input);
        var cache = new FeatureCache(settings.Cache ?? FeatureCache.DefaultRoot, cacheLogger);
        var clock = Stopwatch.StartNew();
        var (frames, hits) = (0, 0);
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("features", maxValue: videos.Count);
                foreach (var video in videos)
                {
                    var (features, hit) = await cache.GetOrAddAsync(
                        video.Path, ResNet18Backbone.Version, FeatureCache.EvaluationView,
                        token => extractor.ExtractAsync(video.Path, token), cancellationToken);
                    await FeatureFile.WriteAsync(Path.Combine(settings.Out, video.RelativeName + FeatureFile.Extension), features, cancellationToken);
                    frames += features.FrameCount;
                    hits += hit ? 1 : 0;
                    task.Increment(1);
                }
            });

        AnsiConsole.MarkupLineInterpolated(
            $"[green]{videos.Count}[/] videos, {frames} frames, {hits} from cache, {clock.Elapsed.TotalSeconds:0.0} s -> {settings.Out}");
        return 0;
    }
}

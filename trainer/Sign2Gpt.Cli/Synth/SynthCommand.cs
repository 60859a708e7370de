using Microsoft.Extensions.Logging;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.SynthSign.Signers;
using Sign2Gpt.Inference.Media;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Synth;

/// <summary><c>sign2gpt synth</c>: generates a SynthSign corpus in the Phoenix-2014-T layout.</summary>
internal sealed class SynthCommand(ILogger<SynthSignGenerator> logger, VideoEncoder encoder) : AsyncCommand<SynthSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SynthSettings settings, CancellationToken cancellationToken)
    {
        var options = new SynthSignOptions
        {
            Language = SynthSignLanguage.FromId(settings.Language),
            OutputDirectory = settings.Out!,
            Videos = settings.Videos,
            Seed = settings.Seed,
            WriteMp4 = settings.Mp4,
            Phrases = settings.Phrases,
            SplitRatio = settings.SplitRatio is null ? SplitRatio.Default : SplitRatio.Parse(settings.SplitRatio),
            Signers = settings.Signers is null ? SignerCounts.Default : SignerCounts.Parse(settings.Signers),
        };
        var generator = new SynthSignGenerator(logger, encoder);
        SynthSignCorpus? corpus = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"{options.Language.Id} videos", maxValue: options.Videos);
                corpus = await generator.GenerateAsync(options, new ProgressTaskReporter(task), cancellationToken);
            });

        AnsiConsole.MarkupLineInterpolated(
            $"[green]{corpus!.Videos}[/] videos (train {corpus.VideosPerSplit[CorpusSplit.Train]}, dev {corpus.VideosPerSplit[CorpusSplit.Dev]}, test {corpus.VideosPerSplit[CorpusSplit.Test]}), {corpus.Frames} frames, {corpus.DistinctTranslations} distinct sentences, {corpus.Glosses} glosses, {corpus.Elapsed.TotalSeconds:0.0} s -> {corpus.OutputDirectory}");
        return 0;
    }

    /// <summary>Reports straight into the bar from the rendering threads; a late report never moves it back.</summary>
    private sealed class ProgressTaskReporter(ProgressTask task) : IProgress<int>
    {
        private readonly Lock gate = new();

        public void Report(int value)
        {
            lock (gate)
            {
                task.Value = Math.Max(task.Value, value);
            }
        }
    }
}

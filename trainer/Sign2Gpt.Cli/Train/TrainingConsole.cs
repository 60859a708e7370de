using Sign2Gpt.Training.Runs;
using Sign2Gpt.Training.Training;
using Spectre.Console;

namespace Sign2Gpt.Cli.Train;

/// <summary>Progress bars for feature extraction and training (loss, rate, ETA), and the closing summary line, with peak resident memory (the training memory budget is checked against it).</summary>
internal static class TrainingConsole
{
    public static async Task<RunSummary> RunAsync(
        string title,
        Func<IProgress<(string Corpus, int Done, int Total)>, IProgress<TrainingProgress>, Task<RunSummary>> run)
    {
        RunSummary? summary = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var features = new Dictionary<string, ProgressTask>();
                ProgressTask? training = null;
                var featureProgress = new SynchronousProgress<(string Corpus, int Done, int Total)>(report =>
                {
                    if (!features.TryGetValue(report.Corpus, out var task))
                    {
                        task = context.AddTask($"features {Path.GetFileName(Path.TrimEndingDirectorySeparator(report.Corpus))}", maxValue: report.Total);
                        features[report.Corpus] = task;
                    }

                    task.MaxValue = report.Total;
                    task.Value = Math.Min(report.Done, report.Total);
                });
                var trainingProgress = new SynchronousProgress<TrainingProgress>(report =>
                {
                    training ??= context.AddTask(title, maxValue: report.TotalSteps);
                    training.Value = report.Step;
                    training.Description = $"{title} epoch {report.Epoch}/{report.Epochs} loss {report.Loss:0.000} lr {report.LearningRate:0.0e0} {report.ExamplesPerSecond:0} ex/s";
                });
                summary = await run(featureProgress, trainingProgress);
            });

        var metrics = string.Join(", ", summary!.Metrics.Select(m => $"{m.Key} {m.Value:0.###}"));
        AnsiConsole.MarkupLineInterpolated($"[green]{summary.Stage}[/] done in {summary.Seconds:0} s, peak resident {ProcessMemory.PeakResidentMegabytes():0} MB; {metrics}");
        return summary;
    }
}

using System.ComponentModel;
using Sign2Gpt.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Train;

/// <summary>`train timeline`: the pseudo-gloss head refitted to a stage 2 encoder, so the served gloss timeline reads it.</summary>
internal sealed class TrainTimelineCommand(TrainingServices services) : AsyncCommand<TrainTimelineCommand.Settings>
{
    public sealed class Settings : TrainSettings
    {
        [CommandOption("--model <DIR>")]
        [Description("Folder of a finished 'train translate' run; its weights are copied unchanged but for the head.")]
        public string Model { get; init; } = "";

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Model) ? ValidationResult.Error("--model is required.") : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var run = new TimelineRun.Settings(settings.Corpora, settings.Model, settings.Out, settings.ModelConfig, settings.Options(labelSmoothing: 0));
        await TrainingConsole.RunAsync("timeline", (features, training) => TimelineRun.RunAsync(run, services, features, training, cancellationToken));
        return 0;
    }
}

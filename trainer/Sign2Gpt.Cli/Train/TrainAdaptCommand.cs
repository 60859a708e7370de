using System.ComponentModel;
using Sign2Gpt.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Train;

/// <summary>`train adapt`: a per-language LoRA adapter on a frozen stage 2 model.</summary>
internal sealed class TrainAdaptCommand(TrainingServices services) : AsyncCommand<TrainAdaptCommand.Settings>
{
    public sealed class Settings : TrainSettings
    {
        [CommandOption("--base <DIR>")]
        [Description("Folder of a finished 'train translate' run.")]
        public string Base { get; init; } = "";

        [CommandOption("--lang <LANG>")]
        [Description("Language the adapter is for (its videos are taken from the corpora).")]
        public string Language { get; init; } = "";

        [CommandOption("--adapter-version <N>")]
        [DefaultValue(1)]
        public int AdapterVersion { get; init; } = 1;

        [CommandOption("--model-version <N>")]
        [Description("Version of the base model the adapter belongs to (the bundle's).")]
        [DefaultValue(1)]
        public int ModelVersion { get; init; } = 1;

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Base) || string.IsNullOrWhiteSpace(Language) ? ValidationResult.Error("--base and --lang are required.") : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var run = new AdaptRun.Settings(settings.Corpora, settings.Base, settings.Language, settings.Out, settings.ModelConfig, settings.Options(labelSmoothing: 0.1),
            settings.AdapterVersion, settings.ModelVersion);
        await TrainingConsole.RunAsync($"adapt {settings.Language}", (features, training) => AdaptRun.RunAsync(run, services, features, training, cancellationToken));
        return 0;
    }
}

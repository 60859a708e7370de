using System.ComponentModel;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Train;

/// <summary>Options every training verb shares; defaults are the paper's settings scaled to CPU.</summary>
internal class TrainSettings : CommandSettings
{
    [CommandOption("--corpus <DIR>")]
    [Description("Corpus root (Phoenix-2014-T, CSL-Daily or SynthSign layout); repeat for several languages.")]
    public string[] Corpora { get; init; } = [];

    [CommandOption("--out <DIR>")]
    [Description("Run folder: checkpoints, weights and summary.json. Rerunning into it resumes an interrupted run.")]
    public string Out { get; init; } = "";

    [CommandOption("--config <NAME>")]
    [Description("Model config (default: the CPU-sized one).")]
    [DefaultValue("default")]
    public string Config { get; init; } = "default";

    [CommandOption("--epochs <N>")]
    [Description("Epochs (the paper: 100).")]
    [DefaultValue(30)]
    public int Epochs { get; init; } = 30;

    [CommandOption("--batch-size <N>")]
    [DefaultValue(16)]
    public int BatchSize { get; init; } = 16;

    [CommandOption("--lr <RATE>")]
    [Description("Peak learning rate (the paper: 3e-4).")]
    [DefaultValue(3e-4)]
    public double LearningRate { get; init; } = 3e-4;

    [CommandOption("--warmup <EPOCHS>")]
    [DefaultValue(2)]
    public int Warmup { get; init; } = 2;

    [CommandOption("--seed <N>")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    public ModelConfig ModelConfig => ModelConfigs.Named(Config);

    public virtual TrainingOptions Options(double labelSmoothing) => TrainingOptions.Paper with
    {
        Epochs = Epochs,
        BatchSize = BatchSize,
        LearningRate = LearningRate,
        WarmupEpochs = Math.Min(Warmup, Epochs),
        LabelSmoothing = labelSmoothing,
        Seed = Seed,
    };

    public override ValidationResult Validate()
    {
        if (Corpora.Length == 0)
        {
            return ValidationResult.Error("Give at least one --corpus.");
        }

        var missing = Corpora.FirstOrDefault(c => !Directory.Exists(c));
        return missing is not null ? ValidationResult.Error($"Corpus folder '{missing}' does not exist.")
            : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is required.")
            : Epochs < 1 || BatchSize < 1 ? ValidationResult.Error("--epochs and --batch-size must be at least 1.")
            : ValidationResult.Success();
    }
}

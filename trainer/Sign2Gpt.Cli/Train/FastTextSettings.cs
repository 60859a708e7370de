using System.ComponentModel;
using Sign2Gpt.Text.WordVectors;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Train;

/// <summary>Options of the verbs that train the sign encoder: they build a pseudo-gloss inventory (fastText prototypes) and may augment features.</summary>
internal class FastTextSettings : TrainSettings
{
    [CommandOption("--lm <DIR>")]
    [Description("Folder of a finished 'train lm' run (tokenizer and base LM).")]
    public string LanguageModel { get; init; } = "";

    [CommandOption("--vector-epochs <N>")]
    [Description("fastText epochs for the 300-d pseudo-gloss prototypes.")]
    [DefaultValue(10)]
    public int VectorEpochs { get; init; } = 10;

    [CommandOption("--augment")]
    [Description("Augment the training videos' features: tempo 0.8-1.25x, another training video's look (p 0.5), dropout 0.1.")]
    public bool Augment { get; init; }

    [CommandOption("--image-views <N>")]
    [Description("Augmented image views per training video (rotation, crop, flip, colour), extracted once and cached; each step picks one.")]
    [DefaultValue(0)]
    public int ImageViews { get; init; }

    public FastTextOptions FastText => new() { Epochs = VectorEpochs, Seed = Seed, Threads = Environment.ProcessorCount };

    public override TrainingOptions Options(double labelSmoothing) =>
        base.Options(labelSmoothing) with { Augmentation = (Augment ? FeatureAugmentation.Default : FeatureAugmentation.None) with { ImageViews = ImageViews } };

    public override ValidationResult Validate() => ImageViews is < 0 or > 16
        ? ValidationResult.Error("--image-views must be 0-16.")
        : base.Validate();
}

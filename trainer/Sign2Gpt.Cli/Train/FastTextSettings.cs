using System.ComponentModel;
using Sign2Gpt.Text.WordVectors;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Train;

/// <summary>Options of the verbs that build a pseudo-gloss inventory (fastText prototypes).</summary>
internal class FastTextSettings : TrainSettings
{
    [CommandOption("--lm <DIR>")]
    [Description("Folder of a finished 'train lm' run (tokenizer and base LM).")]
    public string LanguageModel { get; init; } = "";

    [CommandOption("--vector-epochs <N>")]
    [Description("fastText epochs for the 300-d pseudo-gloss prototypes.")]
    [DefaultValue(10)]
    public int VectorEpochs { get; init; } = 10;

    public FastTextOptions FastText => new() { Epochs = VectorEpochs, Seed = Seed, Threads = Environment.ProcessorCount };
}

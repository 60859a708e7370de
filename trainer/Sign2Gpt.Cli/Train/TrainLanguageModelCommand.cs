using System.ComponentModel;
using Sign2Gpt.Training.Runs;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Train;

/// <summary>`train lm`: the shared tokenizer and the base LM, from the corpora's training translations.</summary>
internal sealed class TrainLanguageModelCommand(TrainingServices services) : AsyncCommand<TrainLanguageModelCommand.Settings>
{
    public sealed class Settings : TrainSettings
    {
        [CommandOption("--vocab <N>")]
        [Description("Largest tokenizer vocabulary (specials, language tags and 256 byte tokens included).")]
        [DefaultValue(4000)]
        public int Vocabulary { get; init; } = 4000;

        [CommandOption("--extra-sentences <N>")]
        [Description("Extra LM text per SynthSign corpus, drawn from its grammar with another seed (held-out sentences excluded).")]
        [DefaultValue(0)]
        public int ExtraSentences { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var run = new LanguageModelRun.Settings(settings.Corpora, settings.Out, settings.ModelConfig, settings.Options(labelSmoothing: 0), settings.Vocabulary, settings.ExtraSentences);
        await TrainingConsole.RunAsync("lm", (_, training) => LanguageModelRun.RunAsync(run, services, training, cancellationToken));
        return 0;
    }
}

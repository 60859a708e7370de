using Sign2Gpt.Training.Runs;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Train;

/// <summary>`train pretrain`: stage 1, pseudo-gloss pretraining.</summary>
internal sealed class TrainPretrainCommand(TrainingServices services) : AsyncCommand<FastTextSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FastTextSettings settings, CancellationToken cancellationToken)
    {
        var run = new PretrainRun.Settings(settings.Corpora, settings.LanguageModel, settings.Out, settings.ModelConfig, settings.Options(labelSmoothing: 0), settings.FastText);
        await TrainingConsole.RunAsync("pretrain", (features, training) => PretrainRun.RunAsync(run, services, features, training, cancellationToken));
        return 0;
    }
}

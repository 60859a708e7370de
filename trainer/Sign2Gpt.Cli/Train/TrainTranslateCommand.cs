using System.ComponentModel;
using Sign2Gpt.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Train;

/// <summary>`train translate`: stage 2, translation on the frozen base LM.</summary>
internal sealed class TrainTranslateCommand(TrainingServices services) : AsyncCommand<TrainTranslateCommand.Settings>
{
    public sealed class Settings : FastTextSettings
    {
        [CommandOption("--pretrained <DIR>")]
        [Description("Folder of a finished 'train pretrain' run; leave out to train without pseudo-gloss pretraining (the baseline).")]
        public string? Pretrained { get; init; }

        [CommandOption("--keep-best")]
        [Description("End with the weights of the epoch with the lowest dev loss instead of the last epoch's.")]
        public bool KeepBest { get; init; }

        [CommandOption("--pseudo-gloss-weight <W>")]
        [Description("Also train on the pseudo-gloss loss through the frozen stage 1 head, at this weight (0: translation only, as the paper).")]
        [DefaultValue(0.0)]
        public double PseudoGlossWeight { get; init; }

        public override ValidationResult Validate() => PseudoGlossWeight switch
        {
            < 0 => ValidationResult.Error("--pseudo-gloss-weight must not be negative."),
            > 0 when Pretrained is null => ValidationResult.Error("--pseudo-gloss-weight needs --pretrained: the head it trains through comes from stage 1."),
            _ => base.Validate(),
        };
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var run = new TranslateRun.Settings(settings.Corpora, settings.LanguageModel, settings.Pretrained, settings.Out, settings.ModelConfig, settings.Options(labelSmoothing: 0.1) with { PseudoGlossWeight = settings.PseudoGlossWeight }, settings.FastText, settings.KeepBest);
        await TrainingConsole.RunAsync("translate", (features, training) => TranslateRun.RunAsync(run, services, features, training, cancellationToken));
        return 0;
    }
}

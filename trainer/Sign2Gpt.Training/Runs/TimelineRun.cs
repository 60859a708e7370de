using System.Diagnostics;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Training;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// `train timeline`: stage 2 moves the encoder away from the stage 1 head that draws the gloss timeline, so the
/// served timeline would read features the head no longer knows. This refits the head alone on the finished
/// stage 2 encoder; every other weight, and so every translation, stays exactly as it was. Writes a run folder
/// that `export` takes in place of the stage 2 one.
/// </summary>
public static class TimelineRun
{
    public sealed record Settings(IReadOnlyList<string> Corpora, string Model, string Out, ModelConfig Config, TrainingOptions Options);

    public static async Task<RunSummary> RunAsync(
        Settings settings,
        TrainingServices services,
        IProgress<(string Corpus, int Done, int Total)>? featureProgress,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (tokenizer, trainVideos, devVideos) = await RunInputs.LoadAsync(settings.Corpora, settings.Model, settings.Out, services, featureProgress, cancellationToken);
        var inventory = await PseudoGlossInventory.LoadAsync(settings.Model, cancellationToken);
        await inventory.SaveAsync(settings.Out, cancellationToken);

        using var model = ModelFiles.Create(settings.Config, tokenizer, inventory);
        ModelFiles.LoadModel(model, settings.Model);
        var train = TranslationDataset.Create(trainVideos, tokenizer, inventory.Vocabulary);
        var dev = TranslationDataset.Create(devVideos, tokenizer, inventory.Vocabulary);
        IReadOnlyDictionary<string, double> before;
        using (no_grad())
        {
            model.eval();
            before = PseudoGlossStage.Evaluate(model, dev.Examples, settings.Options.BatchSize);
        }

        var history = PseudoGlossStage.Train(model, train, dev, settings.Options, Path.Combine(settings.Out, "checkpoint"), services.Loop, progress, cancellationToken,
            TrainingStage.TimelineHead);
        model.save(Path.Combine(settings.Out, ModelFiles.ModelFile));
        File.Copy(Path.Combine(settings.Model, LanguageModelRun.TokenizerFile), Path.Combine(settings.Out, LanguageModelRun.TokenizerFile), overwrite: true);

        var summary = RunSummary.FromHistory(PseudoGlossStage.TimelineName, settings.Config, settings.Options, trainVideos.Hash(), settings.Corpora, history, clock.Elapsed,
            before.ToDictionary(m => $"{m.Key}_before", m => m.Value));
        await summary.SaveAsync(settings.Out, cancellationToken);
        return summary;
    }
}

using System.Diagnostics;
using Sign2Gpt.Text.WordVectors;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Training;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// `train pretrain` (stage 1): features of every video (cached), the pseudo-gloss inventory with its
/// fastText prototypes, then pseudo-gloss pretraining of spatial adapter, encoder and head. Writes
/// model.bin, glosses.txt, prototypes.bin, checkpoint/ and summary.json.
/// </summary>
public static class PretrainRun
{
    public sealed record Settings(IReadOnlyList<string> Corpora, string LanguageModel, string Out, ModelConfig Config, TrainingOptions Options, FastTextOptions FastText);

    public static async Task<RunSummary> RunAsync(
        Settings settings,
        TrainingServices services,
        IProgress<(string Corpus, int Done, int Total)>? featureProgress,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var inputs = await RunInputs.LoadAsync(settings.Corpora, settings.LanguageModel, settings.Out, services, featureProgress, cancellationToken,
            settings.Options.Augmentation.ImageViews, settings.Options.Seed);
        var (tokenizer, trainVideos, devVideos) = inputs;
        var inventory = await PseudoGlossInventory.BuildAsync(inputs.TrainingSentences, settings.FastText, cancellationToken);
        await inventory.SaveAsync(settings.Out, cancellationToken);

        using var model = ModelFiles.Create(settings.Config, tokenizer, inventory);
        var train = TranslationDataset.Create(trainVideos, tokenizer, inventory.Vocabulary);
        var dev = TranslationDataset.Create(devVideos, tokenizer, inventory.Vocabulary);
        var history = PseudoGlossStage.Train(model, train, dev, settings.Options, Path.Combine(settings.Out, "checkpoint"), services.Loop, progress, cancellationToken);
        model.save(Path.Combine(settings.Out, ModelFiles.ModelFile));

        var summary = RunSummary.FromHistory(PseudoGlossStage.Name, settings.Config, settings.Options, trainVideos.Hash(), settings.Corpora, history, clock.Elapsed,
            new Dictionary<string, double> { ["glosses"] = inventory.Vocabulary.Count, ["prototype_mean_cosine"] = inventory.Prototypes.MeanPairwiseCosine() });
        await summary.SaveAsync(settings.Out, cancellationToken);
        return summary;
    }
}

using System.Diagnostics;
using Sign2Gpt.Text.WordVectors;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Training;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// `train translate` (stage 2): the base LM (frozen) plus, when given, the stage 1 spatial adapter, encoder
/// and head; trains translation. Without a stage 1 folder it is the "no pretraining" baseline: the encoder
/// starts from scratch and the gloss inventory is built here (its timeline head stays untrained).
/// </summary>
public static class TranslateRun
{
    public sealed record Settings(
        IReadOnlyList<string> Corpora,
        string LanguageModel,
        string? Pretrained,
        string Out,
        ModelConfig Config,
        TrainingOptions Options,
        FastTextOptions FastText,
        bool KeepBestDevEpoch = false);

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
        var inventory = settings.Pretrained is null
            ? await PseudoGlossInventory.BuildAsync(inputs.TrainingSentences, settings.FastText, cancellationToken)
            : await PseudoGlossInventory.LoadAsync(settings.Pretrained, cancellationToken);
        await inventory.SaveAsync(settings.Out, cancellationToken);

        using var model = ModelFiles.Create(settings.Config, tokenizer, inventory);
        if (settings.Pretrained is not null)
        {
            ModelFiles.LoadModel(model, settings.Pretrained);
        }

        // The LM goes in last: a stage 1 model.bin carries an untrained LM that must not win.
        ModelFiles.LoadLanguageModel(model, settings.LanguageModel);
        var train = TranslationDataset.Create(trainVideos, tokenizer, inventory.Vocabulary);
        var dev = TranslationDataset.Create(devVideos, tokenizer, inventory.Vocabulary);
        var history = TranslationStage.Train(model, TrainingStage.Translation, train, dev, settings.Options, Path.Combine(settings.Out, "checkpoint"),
            services.Loop, progress, cancellationToken, new AdapterRetention(AnchorWeight: 0, settings.KeepBestDevEpoch));
        model.save(Path.Combine(settings.Out, ModelFiles.ModelFile));
        File.Copy(Path.Combine(settings.LanguageModel, LanguageModelRun.TokenizerFile), Path.Combine(settings.Out, LanguageModelRun.TokenizerFile), overwrite: true);

        var summary = RunSummary.FromHistory(TranslationStage.TranslationName, settings.Config, settings.Options, trainVideos.Hash(), settings.Corpora, history, clock.Elapsed);
        await summary.SaveAsync(settings.Out, cancellationToken);
        return summary;
    }
}

using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Text.PseudoGlosses;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Export;
using Sign2Gpt.Training.Import;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Training;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// Retrains one language's adapter on the frozen base of a served bundle (the trainer service's job): the model is
/// rebuilt from the bundle's own graphs, starts from the adapter the tenant is served now, and trains only the
/// decoder's LoRA tensors and gates on a dataset. Checkpoints after every epoch, so a job resumes where it stopped.
/// </summary>
public static class BundleAdaptRun
{
    /// <param name="Start">The adapter training starts from; null starts from the base's own LoRA tensors.</param>
    public sealed record Settings(
        ModelBundle Bundle, IReadOnlyList<string> Corpora, string Language, LoraAdapter? Start, TrainingOptions Options, string CheckpointDirectory, AdapterRetention Retention);

    /// <param name="Adapter">The trained tensors, versioned 0 until the publisher gives them a version.</param>
    /// <param name="DataHash">Of the training videos (names, translations, features).</param>
    /// <param name="ResumedFromEpoch">Epochs already in the checkpoint when this run began.</param>
    /// <param name="KeptEpoch">The epoch whose tensors <paramref name="Adapter"/> holds (the last, unless the best dev epoch was kept).</param>
    public sealed record Result(LoraAdapter Adapter, IReadOnlyList<EpochRecord> History, string DataHash, int ResumedFromEpoch, int KeptEpoch);

    /// <exception cref="InvalidDataException">The dataset has no training videos in the language, or the bundle does not fit its config.</exception>
    public static async Task<Result> RunAsync(
        Settings settings,
        TrainingServices services,
        IProgress<(string Corpus, int Done, int Total)>? featureProgress,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var manifest = settings.Bundle.Manifest;
        var trainVideos = await CorpusVideos.LoadAsync(settings.Corpora, CorpusSplit.Train, services, featureProgress, cancellationToken);
        var devVideos = await CorpusVideos.LoadAsync(settings.Corpora, CorpusSplit.Dev, services, featureProgress, cancellationToken);
        var vocabulary = new PseudoGlossVocabulary(settings.Bundle.PseudoGlosses.Select(g => g.Gloss));
        var train = TranslationDataset.Create(trainVideos, settings.Bundle.Tokenizer, vocabulary).ForLanguage(settings.Language);
        var dev = TranslationDataset.Create(devVideos, settings.Bundle.Tokenizer, vocabulary).ForLanguage(settings.Language);
        if (train.Examples.Count == 0)
        {
            throw new InvalidDataException($"The dataset holds no '{settings.Language}' training videos.");
        }

        using var model = CreateModel(settings.Bundle);
        if (settings.Start is { } start)
        {
            AdapterExtractor.Apply(model, start);
        }

        var resumed = CheckpointState.Load(settings.CheckpointDirectory, TranslationStage.AdapterName)?.CompletedEpochs ?? 0;
        var history = TranslationStage.Train(model, TrainingStage.Adapter, train, dev.Examples.Count == 0 ? null : dev, settings.Options,
            settings.CheckpointDirectory, services.Loop, progress, cancellationToken, settings.Retention);
        var kept = settings.Retention.KeepBestDevEpoch ? TrainingLoop.BestEpoch(history, TranslationStage.DevLoss) ?? history[^1].Epoch : history[^1].Epoch;
        return new Result(AdapterExtractor.Extract(model, 0, manifest.ModelVersion), history, trainVideos.Hash(), resumed, kept);
    }

    /// <summary>The TorchSharp model a bundle was exported from, weights and all.</summary>
    public static Sign2GptModel CreateModel(ModelBundle bundle)
    {
        var architecture = bundle.Manifest.Architecture;
        var named = ModelConfigs.Named(architecture.Config);
        var config = named with { Decoder = named.Decoder with { VocabularySize = architecture.VocabularySize } };
        var model = new Sign2GptModel(config, architecture.PseudoGlossCount);
        try
        {
            BundleModelImport.Load(model, File.ReadAllBytes(Path.Combine(bundle.Directory, bundle.Manifest.Encoder.Path)),
                File.ReadAllBytes(Path.Combine(bundle.Directory, bundle.Manifest.Decoder.Path)));
            return model;
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>The adapter the bundle ships for a language, or null.</summary>
    public static byte[]? ShippedAdapter(ModelBundle bundle, string language) =>
        bundle.Manifest.Adapters.FirstOrDefault(a => a.Language == language) is { } entry
            ? File.ReadAllBytes(Path.Combine(bundle.Directory, entry.File.Path))
            : null;
}

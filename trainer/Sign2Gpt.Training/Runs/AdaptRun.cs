using System.Diagnostics;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Export;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Stages;
using Sign2Gpt.Training.Training;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// `train adapt`: starting from a stage 2 model, trains only the decoder's LoRA tensors and gates on one
/// language's data, and writes them as adapter.onnx_adapter for that language.
/// </summary>
public static class AdaptRun
{
    public const string AdapterFile = "adapter.onnx_adapter";

    public sealed record Settings(IReadOnlyList<string> Corpora, string Base, string Language, string Out, ModelConfig Config, TrainingOptions Options, int AdapterVersion, int ModelVersion);

    public static async Task<RunSummary> RunAsync(
        Settings settings,
        TrainingServices services,
        IProgress<(string Corpus, int Done, int Total)>? featureProgress,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (tokenizer, trainVideos, devVideos) = await RunInputs.LoadAsync(settings.Corpora, settings.Base, settings.Out, services, featureProgress, cancellationToken);
        var inventory = await PseudoGlossInventory.LoadAsync(settings.Base, cancellationToken);

        using var model = ModelFiles.Create(settings.Config, tokenizer, inventory);
        ModelFiles.LoadModel(model, settings.Base);
        var train = TranslationDataset.Create(trainVideos, tokenizer, inventory.Vocabulary).ForLanguage(settings.Language);
        var dev = TranslationDataset.Create(devVideos, tokenizer, inventory.Vocabulary).ForLanguage(settings.Language);
        if (train.Examples.Count == 0)
        {
            throw new InvalidOperationException($"The corpora hold no '{settings.Language}' training videos.");
        }

        var before = TranslationStage.Loss(model, dev.Examples, settings.Options.BatchSize);
        var history = TranslationStage.Train(model, TrainingStage.Adapter, train, dev, settings.Options, Path.Combine(settings.Out, "checkpoint"),
            services.Loop, progress, cancellationToken);
        await LoraAdapterFile.WriteAsync(Path.Combine(settings.Out, AdapterFile), AdapterExtractor.Extract(model, settings.AdapterVersion, settings.ModelVersion), cancellationToken);

        var summary = RunSummary.FromHistory(TranslationStage.AdapterName, settings.Config, settings.Options, trainVideos.Hash(), settings.Corpora, history, clock.Elapsed,
            new Dictionary<string, double> { ["dev_loss_before"] = before });
        await summary.SaveAsync(settings.Out, cancellationToken);
        return summary;
    }
}

using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Training;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Stages;

/// <summary>
/// Stage 1: the spatial adapter, sign encoder and pseudo-gloss head learn to spot the sentence's pseudo-glosses.
/// The same objective refits the head alone on a finished stage 2 encoder (<see cref="TrainingStage.TimelineHead"/>).
/// </summary>
public static class PseudoGlossStage
{
    public const string Name = "pretrain";
    public const string TimelineName = "timeline";

    public static IReadOnlyList<EpochRecord> Train(
        Sign2GptModel model,
        TranslationDataset train,
        TranslationDataset? dev,
        TrainingOptions options,
        string checkpointDirectory,
        TrainingLoop loop,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken,
        TrainingStage stage = TrainingStage.PseudoGlossPretraining)
    {
        if (stage is not (TrainingStage.PseudoGlossPretraining or TrainingStage.TimelineHead))
        {
            throw new ArgumentException($"The pseudo-gloss objective trains stage 1 or the timeline head, not {stage}.", nameof(stage));
        }

        ParameterRoles.Apply(model, stage);
        var run = new TrainingLoop.Run(stage == TrainingStage.TimelineHead ? TimelineName : Name, model, [.. model.parameters().Where(p => p.requires_grad)], train.Examples.Count, options, checkpointDirectory);
        var random = new Random(options.Seed);
        return loop.Train(
            run,
            batch => Losses.PseudoGlosses(model, options.Augmentation.Apply([.. batch.Select(i => train.Examples[i])], train.Examples, random), CPU),
            dev is null ? null : () => Evaluate(model, dev.Examples, options.BatchSize),
            progress,
            cancellationToken);
    }

    /// <summary>Micro-averaged precision, recall and F1 of clip-level pseudo-gloss presence at threshold 0.5, ×100.</summary>
    public static IReadOnlyDictionary<string, double> Evaluate(Sign2GptModel model, IReadOnlyList<TranslationExample> examples, int batchSize)
    {
        var (truePositives, predicted, actual) = (0L, 0L, 0L);
        foreach (var chunk in examples.Chunk(batchSize))
        {
            using var scope = NewDisposeScope();
            using var frames = FeatureBatch.Create(chunk, CPU);
            var (features, valid) = model.Encode(frames.Features, frames.Valid);
            using var scores = model.PseudoGlosses(features, valid);
            var predictions = scores.Presence.gt(0.5);
            var targets = Losses.MultiHot(chunk, model.Head.Vocabulary, CPU).gt(0.5);
            truePositives += predictions.logical_and(targets).sum().item<long>();
            predicted += predictions.sum().item<long>();
            actual += targets.sum().item<long>();
        }

        var precision = predicted == 0 ? 0 : 100.0 * truePositives / predicted;
        var recall = actual == 0 ? 0 : 100.0 * truePositives / actual;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Dictionary<string, double> { ["precision"] = precision, ["recall"] = recall, ["f1"] = f1 };
    }
}

using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Training;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Stages;

/// <summary>
/// Stage 2 (translation) and per-language adapter training: teacher-forced cross-entropy with label
/// smoothing. Translation trains the encoder, visual projection and the LM's LoRA/cross-attention/gates;
/// an adapter run trains only the decoder's LoRA tensors and gates on a frozen base.
/// </summary>
public static class TranslationStage
{
    public const string TranslationName = "translate";
    public const string AdapterName = "adapt";

    /// <summary>The validation figure of both stages: mean teacher-forced loss on the dev split.</summary>
    public const string DevLoss = "dev_loss";

    public static IReadOnlyList<EpochRecord> Train(
        Sign2GptModel model,
        TrainingStage stage,
        TranslationDataset train,
        TranslationDataset? dev,
        TrainingOptions options,
        string checkpointDirectory,
        TrainingLoop loop,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken,
        AdapterRetention? retention = null)
    {
        if (stage is not (TrainingStage.Translation or TrainingStage.Adapter))
        {
            throw new ArgumentException($"The translation objective trains the translation or adapter stage, not {stage}.", nameof(stage));
        }

        retention ??= AdapterRetention.None;
        if (stage != TrainingStage.Adapter && retention.AnchorWeight > 0)
        {
            throw new ArgumentException("The anchor applies to adapter training only: stage 2 has no served adapter to hold on to.", nameof(retention));
        }

        ParameterRoles.Apply(model, stage);
        var name = stage == TrainingStage.Translation ? TranslationName : AdapterName;
        var keepBestBy = retention.KeepBestDevEpoch && dev is not null ? DevLoss : null;
        var run = new TrainingLoop.Run(name, model, [.. model.parameters().Where(p => p.requires_grad)], train.Examples.Count, options, checkpointDirectory, keepBestBy);
        using var anchor = retention.AnchorWeight > 0 ? new AnchorPenalty(run.Parameters, retention.AnchorWeight) : null;
        var random = new Random(options.Seed);
        return loop.Train(
            run,
            batch =>
            {
                var examples = options.Augmentation.Apply([.. batch.Select(i => train.Examples[i])], train.Examples, random);
                var loss = Losses.Translation(model, examples, options.LabelSmoothing, CPU, stage == TrainingStage.Translation ? options.PseudoGlossWeight : 0);
                return anchor?.Of(loss) ?? loss;
            },
            dev is null ? null : () => new Dictionary<string, double> { [DevLoss] = Loss(model, dev.Examples, options.BatchSize) },
            progress,
            cancellationToken);
    }

    /// <summary>
    /// Mean teacher-forced loss without label smoothing, always without dropout: the model is measured in eval mode
    /// and left in the mode it came in (adapter runs measure their starting point on a model fresh in training mode).
    /// </summary>
    public static double Loss(Sign2GptModel model, IReadOnlyList<TranslationExample> examples, int batchSize)
    {
        var wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            var (total, count) = (0.0, 0);
            foreach (var chunk in examples.Chunk(batchSize))
            {
                using var scope = NewDisposeScope();
                total += Losses.Translation(model, chunk, 0, CPU).item<float>() * chunk.Length;
                count += chunk.Length;
            }

            return total / Math.Max(1, count);
        }
        finally
        {
            if (wasTraining)
            {
                model.train();
            }
        }
    }
}

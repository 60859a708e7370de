using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Training;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Stages;

/// <summary>
/// Pretrains the base causal LM on text alone (tag, sentence, eos), since no pretrained LM is available
/// offline; the result is frozen afterwards, as XGLM is in the paper. One LM serves every language.
/// </summary>
public static class LanguageModelStage
{
    public const string Name = "lm";

    public static IReadOnlyList<EpochRecord> Train(
        CausalLanguageModel model,
        IReadOnlyList<int[]> sequences,
        IReadOnlyList<int[]> validation,
        TrainingOptions options,
        string checkpointDirectory,
        TrainingLoop loop,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var pad = model.Config.PadTokenId;
        var run = new TrainingLoop.Run(Name, model, [.. model.parameters()], sequences.Count, options, checkpointDirectory);
        return loop.Train(
            run,
            batch =>
            {
                using var tokens = TokenBatch.Create([.. batch.Select(i => sequences[i])], pad, CPU);
                return Losses.NextToken(model.forward(tokens.Inputs, null, null), tokens.Targets, pad, options.LabelSmoothing);
            },
            validation.Count == 0 ? null : () => new Dictionary<string, double> { ["perplexity"] = Perplexity(model, validation, options.BatchSize) },
            progress,
            cancellationToken);
    }

    public static double Perplexity(CausalLanguageModel model, IReadOnlyList<int[]> sequences, int batchSize)
    {
        var pad = model.Config.PadTokenId;
        var (total, count) = (0.0, 0L);
        foreach (var chunk in sequences.Chunk(batchSize))
        {
            using var scope = NewDisposeScope();
            using var tokens = TokenBatch.Create(chunk, pad, CPU);
            var tokensInBatch = tokens.Targets.ne(pad).sum().item<long>();
            total += Losses.NextToken(model.forward(tokens.Inputs, null, null), tokens.Targets, pad, 0).item<float>() * tokensInBatch;
            count += tokensInBatch;
        }

        return Math.Exp(total / Math.Max(1, count));
    }
}

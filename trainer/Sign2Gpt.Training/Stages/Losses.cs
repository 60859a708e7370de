using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Stages;

/// <summary>The objectives: next-token cross-entropy (with label smoothing, padding ignored) and the pseudo-gloss BCE.</summary>
public static class Losses
{
    public static Tensor NextToken(Tensor logits, Tensor targets, int padId, double labelSmoothing)
    {
        var vocabulary = logits.shape[^1];
        return nn.functional.cross_entropy(logits.reshape(-1, vocabulary), targets.reshape(-1), ignore_index: padId, label_smoothing: labelSmoothing);
    }

    /// <summary>Next-token loss of the translations, plus <paramref name="pseudoGlossWeight"/> × the pseudo-gloss loss of the same encoding.</summary>
    public static Tensor Translation(Sign2GptModel model, IReadOnlyList<TranslationExample> examples, double labelSmoothing, Device device, double pseudoGlossWeight = 0)
    {
        using var frames = FeatureBatch.Create(examples, device);
        using var tokens = TokenBatch.Create([.. examples.Select(e => e.TargetTokens)], model.Config.Decoder.PadTokenId, device);
        var (signFeatures, signValid) = model.Encode(frames.Features, frames.Valid);
        var translation = NextToken(model.Translate(signFeatures, signValid, tokens.Inputs), tokens.Targets, model.Config.Decoder.PadTokenId, labelSmoothing);
        if (pseudoGlossWeight == 0)
        {
            return translation;
        }

        using var targets = MultiHot(examples, model.Head.Vocabulary, device);
        using var scores = model.PseudoGlosses(signFeatures, signValid);
        return translation + (pseudoGlossWeight * PseudoGlossHead.Loss(scores.Presence, targets, model.Config.Head.LossWeight));
    }

    public static Tensor PseudoGlosses(Sign2GptModel model, IReadOnlyList<TranslationExample> examples, Device device)
    {
        using var frames = FeatureBatch.Create(examples, device);
        using var targets = MultiHot(examples, model.Head.Vocabulary, device);
        var (signFeatures, signValid) = model.Encode(frames.Features, frames.Valid);
        using var scores = model.PseudoGlosses(signFeatures, signValid);
        return PseudoGlossHead.Loss(scores.Presence, targets, model.Config.Head.LossWeight);
    }

    public static Tensor MultiHot(IReadOnlyList<TranslationExample> examples, int vocabulary, Device device)
    {
        var values = new float[examples.Count * vocabulary];
        for (var b = 0; b < examples.Count; b++)
        {
            foreach (var index in examples[b].PseudoGlossIndices)
            {
                values[(b * vocabulary) + index] = 1;
            }
        }

        return tensor(values, [examples.Count, vocabulary], device: device);
    }
}

using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Decoding;

/// <summary>
/// <see cref="BeamSearch"/> over the TorchSharp model for one video, recomputing every prefix each step (the
/// model has no cache): evaluation during training uses it, and it is the reference the exported decoder must match.
/// </summary>
public sealed class TorchScorer : ITokenScorer, IDisposable
{
    private readonly CausalLanguageModel _language;
    private readonly Tensor _visual;
    private readonly Tensor _visualValid;
    private int[][] _prefixes = [];

    /// <param name="signFeatures">[1, steps, encoderDim] from <see cref="Sign2GptModel.Encode"/>.</param>
    /// <param name="signValid">[1, steps] bool.</param>
    /// <exception cref="InvalidOperationException">The model is in training mode, where LoRA dropout would make decoding random.</exception>
    public TorchScorer(Sign2GptModel model, Tensor signFeatures, Tensor signValid)
    {
        if (model.training)
        {
            throw new InvalidOperationException("Decode with the model in evaluation mode (model.eval()); training mode applies LoRA dropout.");
        }

        if (signFeatures.shape[0] != 1 || signValid.shape[0] != 1)
        {
            throw new ArgumentException($"One video at a time: got a batch of {signFeatures.shape[0]}.", nameof(signFeatures));
        }

        _language = model.Language;
        using var _ = no_grad();
        _visual = model.VisualTokens(signFeatures);
        _visualValid = signValid.clone();
    }

    public TokenLogits Start(IReadOnlyList<int> prompt)
    {
        _prefixes = [[.. prompt]];
        return Score();
    }

    public TokenLogits Advance(ReadOnlySpan<int> parents, ReadOnlySpan<int> tokens)
    {
        if (parents.Length != tokens.Length)
        {
            throw new ArgumentException($"Advance needs one token per parent; got {parents.Length} parents and {tokens.Length} tokens.", nameof(tokens));
        }

        var prefixes = new int[parents.Length][];
        for (var i = 0; i < parents.Length; i++)
        {
            prefixes[i] = [.. _prefixes[parents[i]], tokens[i]];
        }

        _prefixes = prefixes;
        return Score();
    }

    public void Dispose()
    {
        _visual.Dispose();
        _visualValid.Dispose();
    }

    private TokenLogits Score()
    {
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        var hypotheses = _prefixes.Length;
        var ids = tensor(_prefixes.SelectMany(p => p.Select(t => (long)t)).ToArray(), [hypotheses, _prefixes[0].Length], device: _visual.device);
        var logits = _language.forward(ids, _visual.expand(hypotheses, -1, -1), _visualValid.expand(hypotheses, -1));
        var last = logits.select(1, -1).contiguous().cpu().data<float>().ToArray();
        return new TokenLogits(last, hypotheses);
    }
}

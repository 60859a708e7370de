using Sign2Gpt.Inference.Translation;

namespace Sign2Gpt.Training.Tests.Decoding;

/// <summary>
/// Passes calls through and counts the steps where the search reordered its hypotheses (parents other than
/// 0, 1, 2, …), the steps where a cache must be gathered rather than kept.
/// </summary>
internal sealed class ReorderCountingScorer(ITokenScorer inner) : ITokenScorer
{
    private int _hypotheses;

    public int Reorders { get; private set; }

    public TokenLogits Start(IReadOnlyList<int> prompt) => Remember(inner.Start(prompt));

    public TokenLogits Advance(ReadOnlySpan<int> parents, ReadOnlySpan<int> tokens)
    {
        var identity = parents.Length == _hypotheses;
        for (var i = 0; identity && i < parents.Length; i++)
        {
            identity = parents[i] == i;
        }

        Reorders += identity ? 0 : 1;
        return Remember(inner.Advance(parents, tokens));
    }

    private TokenLogits Remember(TokenLogits logits)
    {
        _hypotheses = logits.Hypotheses;
        return logits;
    }
}

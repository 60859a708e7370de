namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// One translation's decoder as <see cref="BeamSearch"/> sees it: next-token logits for every live hypothesis.
/// A hypothesis is known only by its position in the previous call's rows, so an implementation may keep a
/// key/value cache per row and select it by parent, or keep the prefixes and recompute.
/// </summary>
public interface ITokenScorer
{
    /// <summary>Called once, first: logits for the token after <paramref name="prompt"/>, one row.</summary>
    TokenLogits Start(IReadOnlyList<int> prompt);

    /// <summary>
    /// Row i of the result is for the previous call's hypothesis <paramref name="parents"/>[i] extended by
    /// <paramref name="tokens"/>[i]. A parent may appear several times or not at all; the hypotheses not named
    /// are dropped.
    /// </summary>
    TokenLogits Advance(ReadOnlySpan<int> parents, ReadOnlySpan<int> tokens);
}

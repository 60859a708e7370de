namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// Unnormalised next-token scores, one row of <see cref="VocabularySize"/> per hypothesis. Beam search takes the
/// log-softmax itself, so every scorer's numbers go through the same arithmetic.
/// </summary>
public sealed record TokenLogits
{
    private readonly float[] _values;

    /// <param name="values">Row-major [hypotheses, vocabulary].</param>
    public TokenLogits(float[] values, int hypotheses)
    {
        if (hypotheses < 1 || values.Length == 0 || values.Length % hypotheses != 0)
        {
            throw new ArgumentException($"{values.Length} logits do not split into {hypotheses} non-empty rows.", nameof(values));
        }

        _values = values;
        Hypotheses = hypotheses;
        VocabularySize = values.Length / hypotheses;
    }

    public int Hypotheses { get; }

    public int VocabularySize { get; }

    public ReadOnlySpan<float> Row(int hypothesis) => _values.AsSpan(hypothesis * VocabularySize, VocabularySize);
}

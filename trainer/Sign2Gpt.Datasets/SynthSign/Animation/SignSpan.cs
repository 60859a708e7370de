namespace Sign2Gpt.Datasets.SynthSign.Animation;

/// <summary>The frames during which a sign is made (transitions between signs excluded).</summary>
internal readonly record struct SignSpan(string Gloss, int Start, int Length)
{
    public int End => Start + Length;
}

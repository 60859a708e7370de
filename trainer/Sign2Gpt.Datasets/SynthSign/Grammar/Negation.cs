namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Whether a clause is negated and whether a NOT sign is made or only the head shakes.</summary>
internal enum Negation
{
    None,
    Signed,
    HeadShakeOnly,
}

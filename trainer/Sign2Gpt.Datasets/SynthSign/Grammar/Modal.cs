namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A modal meaning; signed after the verb in both synthetic languages.</summary>
internal enum Modal
{
    None,
    Want,
    Must,
    Can,
    Like,
}

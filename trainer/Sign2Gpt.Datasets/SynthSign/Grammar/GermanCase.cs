namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum GermanCase
{
    Nominative,
    Accusative,
    Dative,
}

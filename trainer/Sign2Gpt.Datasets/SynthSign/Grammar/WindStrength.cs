namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum WindStrength
{
    Light,
    Moderate,
    Fresh,
    Strong,
    Stormy,
}

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum ThingQuality
{
    New,
    Old,
    Big,
    Small,
}

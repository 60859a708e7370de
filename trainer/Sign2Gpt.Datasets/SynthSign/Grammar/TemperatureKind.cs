namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum TemperatureKind
{
    Around,
    Between,
    Highs,
    Lows,
}

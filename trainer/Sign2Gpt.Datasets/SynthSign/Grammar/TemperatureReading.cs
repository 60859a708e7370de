namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"bei temperaturen zwischen fünf und zwölf grad": one value, or a range from Low to High.</summary>
internal sealed record TemperatureReading(TemperatureKind Kind, int Low, int High);

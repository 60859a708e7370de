namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"heute nacht sinken die temperaturen im süden auf minus fünf grad".</summary>
internal sealed record TemperatureChange(TimeReference? Time, Region? Region, bool Rising, int Degrees) : WeatherMeaning;

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"morgen regnet es im norden und im süden scheint die sonne".</summary>
internal sealed record WeatherContrast(
    TimeReference? Time,
    Region FirstRegion,
    WeatherKind FirstWeather,
    Region SecondRegion,
    WeatherKind SecondWeather) : WeatherMeaning;

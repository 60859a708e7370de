namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"morgen regnet es im norden bei temperaturen um zehn grad". Needs a time or a region.</summary>
internal sealed record WeatherForecast(
    TimeReference? Time,
    Region? Region,
    WeatherKind Weather,
    bool Strong,
    Negation Negation,
    TemperatureReading? Temperature) : WeatherMeaning;

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum WeatherKind
{
    Rain,
    Snow,
    Sleet,
    Thunderstorms,
    Showers,
    Fog,
    Frost,
    Sunshine,
    Clouds,
    Dry,
    Pleasant,
    Hail,
    Ice,
}

internal static class WeatherKindTraits
{
    /// <summary>Weather that both languages can intensify ("kräftige gewitter", "dense fog").</summary>
    public static bool CanBeStrong(this WeatherKind weather) =>
        weather is WeatherKind.Rain or WeatherKind.Snow or WeatherKind.Thunderstorms or WeatherKind.Showers
            or WeatherKind.Fog or WeatherKind.Frost or WeatherKind.Clouds;

    /// <summary>Weather whose absence a forecast announces ("keinen nebel", "it will not rain").</summary>
    public static bool CanBeNegated(this WeatherKind weather) =>
        weather is WeatherKind.Rain or WeatherKind.Snow or WeatherKind.Sleet or WeatherKind.Thunderstorms
            or WeatherKind.Showers or WeatherKind.Fog or WeatherKind.Frost or WeatherKind.Sunshine or WeatherKind.Hail;
}

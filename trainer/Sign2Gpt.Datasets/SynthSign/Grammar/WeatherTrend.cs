namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>How the weather develops: gets warmer, or stays as it is.</summary>
internal enum WeatherTrend
{
    Warmer,
    Colder,
    Milder,
    MorePleasant,
    MoreChangeable,
    StaysCold,
    StaysWarm,
    StaysMild,
    StaysChangeable,
    StaysDry,
}

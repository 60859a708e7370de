namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"guten abend liebe zuschauer".</summary>
internal sealed record ViewerGreeting(bool Evening) : WeatherMeaning;

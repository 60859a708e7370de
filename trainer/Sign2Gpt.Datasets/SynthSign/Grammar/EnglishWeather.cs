namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>How English forecasts a kind of weather: "there will be heavy showers", "it will not rain".</summary>
internal sealed record EnglishWeather(IReadOnlyList<string> Glosses, string Plain, string? Strong = null, string? Negated = null);

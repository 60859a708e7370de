namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>
/// How German says a kind of weather: finite verb, subject ("es" or a noun), and what follows the
/// region. "morgen {gibt} {es} im norden {kräftige gewitter}".
/// </summary>
internal sealed record GermanWeather(
    IReadOnlyList<string> Glosses,
    string Verb,
    string Subject,
    string Tail,
    string? StrongTail = null,
    string? NegatedTail = null);

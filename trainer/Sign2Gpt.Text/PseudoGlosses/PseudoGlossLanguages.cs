namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>Maps the ISO 639-1 codes users type ("de", "en", "zh") to languages.</summary>
public static class PseudoGlossLanguages
{
    public static PseudoGlossLanguage Parse(string code) => code.Trim().ToLowerInvariant() switch
    {
        "de" or "german" => PseudoGlossLanguage.German,
        "en" or "english" => PseudoGlossLanguage.English,
        "zh" or "chinese" => PseudoGlossLanguage.Chinese,
        _ => throw new ArgumentException($"Unknown pseudo-gloss language '{code}'; expected de, en or zh.", nameof(code)),
    };

    public static string ToCode(this PseudoGlossLanguage language) => language switch
    {
        PseudoGlossLanguage.German => "de",
        PseudoGlossLanguage.English => "en",
        PseudoGlossLanguage.Chinese => "zh",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };
}

namespace Sign2Gpt.Inference.Tokenization;

/// <summary>Rules for the language codes that become tag tokens such as &lt;de&gt;.</summary>
internal static class LanguageTags
{
    private const int MaxLength = 16;

    /// <summary>Why the list cannot be used, or null when it can.</summary>
    public static string? Problem(IReadOnlyList<string>? languages)
    {
        if (languages is null || languages.Count == 0)
        {
            return "at least one language is required (the decoder starts every sentence with a language tag)";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            if (!IsWellFormed(language))
            {
                return $"language code '{language}' must be 1-{MaxLength} characters of a-z, 0-9 or '-', starting with a letter";
            }

            if (!seen.Add(language))
            {
                return $"language code '{language}' is listed twice";
            }
        }

        return null;
    }

    private static bool IsWellFormed(string? language) =>
        !string.IsNullOrEmpty(language)
        && language.Length <= MaxLength
        && char.IsAsciiLetterLower(language[0])
        && language.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}

using System.Globalization;

namespace Sign2Gpt.Web.Portal;

/// <summary>
/// What a session's language code means to a signer: the code names the spoken language translated into, and each
/// model language is trained on one sign language (the corpora of the paper: PHOENIX, How2Sign, CSL-Daily).
/// </summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> SignLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "German Sign Language (DGS)",
        ["en"] = "American Sign Language (ASL)",
        ["zh"] = "Chinese Sign Language (CSL)",
    };

    /// <summary>"German Sign Language (DGS) → German".</summary>
    public static string Describe(string code)
    {
        var spoken = Spoken(code);
        return SignLanguages.TryGetValue(code, out var signed) ? $"{signed} → {spoken}" : spoken;
    }

    public static string Spoken(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName == code ? code : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}

namespace Sign2Gpt.Text.PseudoGlosses.German;

/// <summary>
/// Recognises German cardinal number words, which are written as one word however long
/// (zweiundzwanzig, achthundert, dreitausendfünfhundert), so no lexicon can list them all.
/// </summary>
internal static class GermanNumberWords
{
    private static readonly string[] Units = ["eins", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
    private static readonly string[] Teens = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"];
    private static readonly string[] Tens = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];

    public static bool IsCardinal(string word) => word is "null" or "eins" || IsBelowMillion(word);

    private static bool IsBelowMillion(string w)
    {
        if (w.Length == 0)
        {
            return false;
        }
        var thousand = w.IndexOf("tausend", StringComparison.Ordinal);
        if (thousand >= 0)
        {
            var before = w[..thousand];
            var after = w[(thousand + "tausend".Length)..];
            return (before.Length == 0 || IsBelowThousand(before)) && (after.Length == 0 || IsBelowThousand(after));
        }
        return IsBelowThousand(w);
    }

    private static bool IsBelowThousand(string w)
    {
        var hundred = w.IndexOf("hundert", StringComparison.Ordinal);
        if (hundred >= 0)
        {
            var before = w[..hundred];
            var after = w[(hundred + "hundert".Length)..];
            return (before.Length == 0 || Units.Contains(before)) && (after.Length == 0 || IsBelowHundred(after));
        }
        return IsBelowHundred(w);
    }

    private static bool IsBelowHundred(string w)
    {
        if (w is "eins" || Units.Contains(w) && w != "ein" || Teens.Contains(w) || Tens.Contains(w))
        {
            return true;
        }
        var und = w.IndexOf("und", StringComparison.Ordinal);
        return und > 0 && Units.Contains(w[..und]) && Tens.Contains(w[(und + 3)..]);
    }
}

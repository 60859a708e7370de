using System.Globalization;
using System.Text;

namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>
/// Splits Latin-script text into words and punctuation marks. Hyphenated words and numbers with a decimal
/// separator ("2,5") stay whole; with <c>splitEnglishClitics</c>, "don't" becomes "do" + "n't" and "it's"
/// becomes "it" + "'s" as in the Penn Treebank, because the English lexicon and rules expect that.
/// </summary>
internal static class LatinWordTokenizer
{
    private static readonly string[] EnglishClitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

    public static List<string> Split(string sentence, bool splitEnglishClitics)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        var text = sentence.Replace('’', '\'');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c) || IsInnerJoiner(text, i, word.Length > 0))
            {
                word.Append(c);
                continue;
            }
            Flush(tokens, word, splitEnglishClitics);
            if (!char.IsWhiteSpace(c))
            {
                tokens.Add(c.ToString());
            }
        }
        Flush(tokens, word, splitEnglishClitics);
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    // A hyphen, apostrophe, comma or point joins only when it sits between word characters: "nord-west",
    // "don't", "2,5" stay one token, a sentence-final point does not.
    private static bool IsInnerJoiner(string text, int i, bool insideWord)
    {
        var c = text[i];
        if (!insideWord || i + 1 >= text.Length || !IsWordChar(text[i + 1]))
        {
            return false;
        }
        return c switch
        {
            '-' or '\'' => true,
            ',' or '.' => char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]),
            _ => false,
        };
    }

    private static void Flush(List<string> tokens, StringBuilder word, bool splitEnglishClitics)
    {
        if (word.Length == 0)
        {
            return;
        }
        var w = word.ToString();
        word.Clear();
        if (splitEnglishClitics)
        {
            foreach (var clitic in EnglishClitics)
            {
                if (w.Length > clitic.Length && w.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
                {
                    var host = w[..^clitic.Length];
                    // "won't" and "can't" lose letters of their host when the clitic is cut off.
                    host = host.ToLowerInvariant() switch { "wo" => "will", "ca" => "can", "sha" => "shall", _ => host };
                    tokens.Add(host);
                    tokens.Add(w[^clitic.Length..]);
                    return;
                }
            }
        }
        tokens.Add(w);
    }
}

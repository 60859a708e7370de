namespace Sign2Gpt.Text.Metrics;

/// <summary>
/// Python's <c>str.split()</c> with no separator, which is how sacrebleu cuts BLEU tokens.
/// </summary>
internal static class PythonWhitespace
{
    /// <summary>
    /// Python's <c>str.isspace</c>: .NET's white space plus U+001C..U+001F, which Python counts
    /// (bidi class B/S) and .NET does not. Scores must not depend on which runtime split the text.
    /// </summary>
    public static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>Splits on runs of whitespace and drops empty pieces (no empty tokens, ever).</summary>
    public static string[] Split(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWhiteSpace(text[i]))
            {
                if (start >= 0)
                {
                    tokens.Add(text[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return [.. tokens];
    }
}

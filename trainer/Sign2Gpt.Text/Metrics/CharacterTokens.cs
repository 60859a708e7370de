using System.Text;

namespace Sign2Gpt.Text.Metrics;

/// <summary>
/// Turns a sentence into character tokens the way Sign2GPT scores CSL-Daily
/// (<c>" ".join(list(sentence))</c>): each code point, spaces included, joined by one space.
/// </summary>
/// <remarks>
/// Spaces are not removed first. BLEU splits on runs of whitespace, so a space in the sentence
/// simply disappears there; ROUGE-L splits on single spaces, so each space in the sentence turns
/// into two empty tokens. We keep that quirk because published CSL-Daily numbers include it.
/// Code points rather than UTF-16 units, so characters outside the BMP (CJK extension B...)
/// stay one token, as in Python.
/// </remarks>
public static class CharacterTokens
{
    public static string Spaced(string sentence)
    {
        var builder = new StringBuilder(sentence.Length * 2);
        foreach (var rune in sentence.EnumerateRunes())
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// Where each kind of token lives in the id space: fixed specials, language tags, the 256 byte tokens, the
/// alphabet (the word-start marker first, then single characters) and finally one id per merge, in merge order.
/// </summary>
internal sealed record VocabularyLayout(int LanguageCount, int AlphabetSize)
{
    public const int ByteCount = 256;

    /// <summary>Marks the first piece of a word; decodes to a space (SentencePiece's convention).</summary>
    public const char WordStartMarker = '\u2581';

    public const string WordStartPiece = "\u2581";

    public static int FirstLanguageId => SpecialTokens.FixedCount;

    public int FirstByteId => FirstLanguageId + LanguageCount;

    public int MarkerId => FirstByteId + ByteCount;

    public int FirstMergeId => MarkerId + AlphabetSize;

    /// <summary>Only alphabet and merged tokens take part in merges; specials and bytes stay single.</summary>
    public bool IsMergeable(int id) => id >= MarkerId;

    public static string BytePiece(int value) => $"<0x{value:X2}>";

    /// <summary>
    /// Controls and a literal U+2581 always go through byte tokens: controls are invisible noise, and keeping
    /// U+2581 out of the alphabet means a piece that starts with it unambiguously starts a word.
    /// </summary>
    public static bool CanBeAlphabetCharacter(Rune rune) =>
        rune.Value != WordStartMarker
        && !Rune.IsWhiteSpace(rune)
        && Rune.GetUnicodeCategory(rune) != UnicodeCategory.Control;
}

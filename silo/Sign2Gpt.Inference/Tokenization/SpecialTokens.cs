namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// The ids every Sign2GPT tokenizer starts with, fixed so that the trainer, the LM and the silo agree without
/// reading a file. Language tags follow them (<see cref="BpeTokenizer.LanguageTag"/>).
/// </summary>
public static class SpecialTokens
{
    public const int PadId = 0;
    public const int BosId = 1;
    public const int EosId = 2;

    /// <summary>
    /// Reserved and never produced by <see cref="BpeTokenizer.Encode(string)"/>: byte fallback spells any unseen
    /// character, so nothing is unknown. The id is kept so the layout matches common LM conventions.
    /// </summary>
    public const int UnkId = 3;

    public const string Pad = "<pad>";
    public const string Bos = "<bos>";
    public const string Eos = "<eos>";
    public const string Unk = "<unk>";

    internal const int FixedCount = 4;

    internal static string Piece(int id) => id switch
    {
        PadId => Pad,
        BosId => Bos,
        EosId => Eos,
        UnkId => Unk,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not a fixed special token id."),
    };

    public static string LanguageTagPiece(string language) => $"<{language}>";
}

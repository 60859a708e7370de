using System.Text;

namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// The data that fully defines a tokenizer: language tags, alphabet code points (sorted, without the word-start
/// marker) and merges in the order they were learned. Every piece and id follows from these.
/// </summary>
internal sealed record BpeModel(IReadOnlyList<string> Languages, IReadOnlyList<int> Alphabet, IReadOnlyList<MergePair> Merges)
{
    public VocabularyLayout Layout => new(Languages.Count, Alphabet.Count + 1);

    public string[] BuildPieces()
    {
        var layout = Layout;
        var pieces = new string[layout.FirstMergeId + Merges.Count];
        for (var id = 0; id < SpecialTokens.FixedCount; id++)
        {
            pieces[id] = SpecialTokens.Piece(id);
        }

        for (var i = 0; i < Languages.Count; i++)
        {
            pieces[VocabularyLayout.FirstLanguageId + i] = SpecialTokens.LanguageTagPiece(Languages[i]);
        }

        for (var value = 0; value < VocabularyLayout.ByteCount; value++)
        {
            pieces[layout.FirstByteId + value] = VocabularyLayout.BytePiece(value);
        }

        pieces[layout.MarkerId] = VocabularyLayout.WordStartPiece;
        for (var i = 0; i < Alphabet.Count; i++)
        {
            pieces[layout.MarkerId + 1 + i] = new Rune(Alphabet[i]).ToString();
        }

        for (var i = 0; i < Merges.Count; i++)
        {
            pieces[layout.FirstMergeId + i] = pieces[Merges[i].Left] + pieces[Merges[i].Right];
        }

        return pieces;
    }
}

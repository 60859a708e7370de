using Sign2Gpt.Text.PseudoGlosses;

namespace Sign2Gpt.Text.Tests.PseudoGlosses;

/// <summary>A hand-labelled sentence from Data/*.gold.tsv.</summary>
internal sealed record GoldSentence(string Id, string Text, IReadOnlyList<TaggedToken> Tokens)
{
    public static IReadOnlyList<GoldSentence> Load(string fileName)
    {
        var sentences = new List<GoldSentence>();
        string id = "", text = "";
        var tokens = new List<TaggedToken>();
        foreach (var line in File.ReadLines(Path.Combine(TestData.Directory, fileName)).Append(""))
        {
            if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
            {
                id = line["# sent_id = ".Length..];
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                text = line["# text = ".Length..];
            }
            else if (line.Length == 0 && tokens.Count > 0)
            {
                sentences.Add(new GoldSentence(id, text, tokens));
                tokens = [];
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                var cells = line.Split('\t');
                tokens.Add(new TaggedToken(cells[0], PartOfSpeechNames.Parse(cells[1]), cells[2]));
            }
        }
        return sentences;
    }
}

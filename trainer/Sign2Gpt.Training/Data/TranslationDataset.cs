using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Inference.Tokenization;
using Sign2Gpt.Text.PseudoGlosses;
using Sign2Gpt.Training.Runs;

namespace Sign2Gpt.Training.Data;

/// <summary>The training examples of one split: features, target tokens and pseudo-gloss indices of every video.</summary>
public sealed record TranslationDataset(CorpusSplit Split, IReadOnlyList<TranslationExample> Examples)
{
    public static TranslationDataset Create(CorpusVideos videos, BpeTokenizer tokenizer, PseudoGlossVocabulary vocabulary)
    {
        var generators = videos.Languages.ToDictionary(l => l, l => PseudoGlossGenerator.Create(PseudoGlossLanguages.Parse(l)));
        var examples = videos.Videos.Select(v => new TranslationExample(
            v.Sample.Name,
            v.Language,
            v.Features,
            v.Sample.Translation,
            tokenizer.EncodeTarget(v.Sample.Translation, v.Language),
            [.. generators[v.Language].Generate(v.Sample.Translation).Select(vocabulary.IndexOf).Where(i => i >= 0).Distinct().Order()],
            v.Views))
            .ToList();
        return new TranslationDataset(videos.Split, examples);
    }

    public TranslationDataset ForLanguage(string language) => this with { Examples = [.. Examples.Where(e => e.Language == language)] };
}

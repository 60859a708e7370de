using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Runs;

namespace Sign2Gpt.Training.Evaluation;

/// <summary>Translates a corpus split with a bundle (the serving path: ONNX, beam search, adapters) and scores it.</summary>
public static class BundleEvaluator
{
    public static async Task<IReadOnlyList<BundleEvaluation>> EvaluateAsync(
        SignTranslator translator,
        IReadOnlyList<string> corpora,
        CorpusSplit split,
        string system,
        TrainingServices services,
        IProgress<(string Corpus, int Done, int Total)>? progress,
        CancellationToken cancellationToken,
        ICollection<EvaluatedVideo>? translations = null)
    {
        var videos = await CorpusVideos.LoadAsync(corpora, split, services, progress, cancellationToken);
        return Score(translator, videos, system, null, cancellationToken, translations);
    }

    /// <summary>Scores videos already loaded, so that several adapters can be compared on one read of their features.</summary>
    /// <param name="adapter">An adapter to translate with instead of the bundle's own (e.g. a retrained candidate).</param>
    /// <param name="translations">Receives every video's reference and translation when given.</param>
    public static IReadOnlyList<BundleEvaluation> Score(
        SignTranslator translator,
        CorpusVideos videos,
        string system,
        SelectedAdapter? adapter,
        CancellationToken cancellationToken,
        ICollection<EvaluatedVideo>? translations = null)
    {
        var results = new List<BundleEvaluation>();
        foreach (var language in videos.Languages)
        {
            var items = new List<TestSetScorer.Item>();
            foreach (var video in videos.Videos.Where(v => v.Language == language))
            {
                var translation = translator.Translate(video.Features, language, BeamSearchOptions.Paper, 0, cancellationToken, adapter);
                string[] glosses = [.. translation.Glosses.Select(g => g.Gloss)];
                items.Add(new TestSetScorer.Item(translation.Text, video.Sample.Translation, glosses));
                translations?.Add(new EvaluatedVideo(video.Sample.Name, language, video.Sample.Signer, video.Sample.Translation, translation.Text, glosses));
            }

            results.Add(TestSetScorer.Score(language, system, items));
        }

        return results;
    }

    /// <summary>
    /// Per language, as the models are scored: corpora of one language pool their training sentences for the guess and
    /// their videos for the score.
    /// </summary>
    public static IReadOnlyList<BundleEvaluation> MostFrequentSentenceBaseline(IReadOnlyList<string> corpora, CorpusSplit split) =>
        [.. corpora.Select(SignCorpus.Open)
            .GroupBy(corpus => corpus.Language, StringComparer.Ordinal)
            .Select(language =>
            {
                var guess = TestSetScorer.MostFrequentSentence(language.SelectMany(c => c.Split(CorpusSplit.Train)).Select(s => s.Translation));
                var items = language.SelectMany(c => c.Split(split)).Select(s => new TestSetScorer.Item(guess, s.Translation, null)).ToList();
                return TestSetScorer.Score(language.Key, "most frequent training sentence", items);
            })];
}

using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Training.Runs;

/// <summary>What every video run starts from: its output folder, the shared tokenizer, and the train and dev videos with features.</summary>
internal sealed record RunInputs(BpeTokenizer Tokenizer, CorpusVideos Train, CorpusVideos Dev)
{
    public static async Task<RunInputs> LoadAsync(
        IReadOnlyList<string> corpora,
        string tokenizerDirectory,
        string outputDirectory,
        TrainingServices services,
        IProgress<(string Corpus, int Done, int Total)>? progress,
        CancellationToken cancellationToken,
        int augmentedViews = 0,
        int seed = 1)
    {
        Directory.CreateDirectory(outputDirectory);
        var tokenizer = ModelFiles.LoadTokenizer(tokenizerDirectory);
        var train = await CorpusVideos.LoadAsync(corpora, CorpusSplit.Train, services, progress, cancellationToken, augmentedViews, seed);
        var dev = await CorpusVideos.LoadAsync(corpora, CorpusSplit.Dev, services, progress, cancellationToken);
        return new RunInputs(tokenizer, train, dev);
    }

    public IReadOnlyList<(string Language, string Sentence)> TrainingSentences => [.. Train.Videos.Select(v => (v.Language, v.Sample.Translation))];
}

using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Inference.Tests.Tokenization;

/// <summary>One German + English tokenizer shared by the tests that only read it (training is the slow part).</summary>
internal static class TrainedTokenizer
{
    public static readonly BpeTrainingOptions Options = new() { VocabularySize = 1200, MinFrequency = 2, Languages = ["de", "en"] };

    private static readonly Lazy<List<string>> LazyCorpus = new(() => SyntheticCorpus.GermanAndEnglish(4000, seed: 1));

    private static readonly Lazy<BpeTokenizer> LazyTokenizer = new(() => BpeTokenizer.Train(Corpus, Options));

    public static List<string> Corpus => LazyCorpus.Value;

    public static BpeTokenizer Instance => LazyTokenizer.Value;
}

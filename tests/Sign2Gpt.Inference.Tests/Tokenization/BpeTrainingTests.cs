using System.Diagnostics;
using Sign2Gpt.Inference.Tokenization;
using Xunit.Abstractions;

namespace Sign2Gpt.Inference.Tests.Tokenization;

public sealed class BpeTrainingTests(ITestOutputHelper output)
{
    [Fact]
    public void Training_is_deterministic_and_independent_of_sentence_order()
    {
        var corpus = SyntheticCorpus.GermanAndEnglish(1500, seed: 3);
        var options = new BpeTrainingOptions { VocabularySize = 700 };

        var first = BpeTokenizer.Train(corpus, options).ToJson();
        var second = BpeTokenizer.Train(corpus, options).ToJson();
        var shuffled = BpeTokenizer.Train(corpus.OrderBy(s => s.GetHashCode(StringComparison.Ordinal)), options).ToJson();

        Assert.Equal(first, second);
        Assert.Equal(first, shuffled);
    }

    [Fact]
    public void Merges_compress_the_training_text()
    {
        var tokenizer = TrainedTokenizer.Instance;
        var words = TrainedTokenizer.Corpus.SelectMany(s => s.Split(' ')).ToArray();

        var charactersPerWord = words.Average(w => w.Length);
        var tokensPerWord = (double)TrainedTokenizer.Corpus.Sum(s => tokenizer.Encode(s).Length) / words.Length;

        Assert.True(tokensPerWord < 2.0, $"{tokensPerWord:F2} tokens per word");
        Assert.True(tokensPerWord < charactersPerWord / 3, $"{tokensPerWord:F2} tokens vs {charactersPerWord:F2} characters per word");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Incremental_training_matches_a_naive_recount(int minFrequency)
    {
        var corpus = SyntheticCorpus.GermanAndEnglish(300, seed: 5).Append("Um 12:30 Uhr: 1.000 € für 天气 & ÄÖÜ!").ToList();
        var tokenizer = BpeTokenizer.Train(corpus, new BpeTrainingOptions { VocabularySize = 600, MinFrequency = minFrequency });
        var markerId = tokenizer.LanguageTag("en") + 1 + 256;
        var expected = NaiveBpeReference.Train(corpus, 600, minFrequency);

        var actual = Enumerable.Range(markerId, tokenizer.VocabularySize - markerId).Select(tokenizer.Piece).ToList();

        Assert.Equal(expected.Take(actual.Count), actual);
        Assert.True(actual.Count > 250, $"only {actual.Count} alphabet and merged pieces: the comparison would be weak");
    }

    [Fact]
    public void Vocabulary_fills_exactly_to_the_requested_size_when_text_allows()
    {
        Assert.Equal(TrainedTokenizer.Options.VocabularySize, TrainedTokenizer.Instance.VocabularySize);
    }

    [Fact]
    public void Pairs_and_characters_rarer_than_min_frequency_are_not_learned()
    {
        var tokenizer = BpeTokenizer.Train(["ab ab", "cd"], new BpeTrainingOptions { VocabularySize = 400, MinFrequency = 2 });

        Assert.Equal(["\u2581ab"], tokenizer.Encode("ab").Select(tokenizer.Piece));
        Assert.Equal(["\u2581", "<0x63>", "<0x64>"], tokenizer.Encode("cd").Select(tokenizer.Piece));
        Assert.Equal("cd ab", tokenizer.Decode(tokenizer.Encode("cd ab")));
    }

    [Fact]
    public void Training_stops_when_no_pair_is_frequent_enough()
    {
        var tokenizer = BpeTokenizer.Train(["ab ab"], new BpeTrainingOptions { VocabularySize = 400, Languages = ["de"] });

        // 4 specials + 1 tag + 256 bytes + marker, a, b + merges ▁a and ▁ab.
        Assert.Equal(4 + 1 + 256 + 3 + 2, tokenizer.VocabularySize);
    }

    [Fact]
    public void A_small_budget_keeps_the_most_frequent_characters()
    {
        var tokenizer = BpeTokenizer.Train(["aaaa bbb cc d"], new BpeTrainingOptions { VocabularySize = 4 + 2 + 256 + 1 + 2, MinFrequency = 1 });

        Assert.True(tokenizer.TryGetId("a", out _));
        Assert.True(tokenizer.TryGetId("b", out _));
        Assert.False(tokenizer.TryGetId("c", out _));
        Assert.Equal("d cc", tokenizer.Decode(tokenizer.Encode("d cc")));
    }

    [Fact]
    public void Chinese_text_learns_multi_character_pieces()
    {
        var corpus = Enumerable.Repeat("今天天气很好，明天下雨。", 5).Append("天气预报说明天很冷。").ToList();
        var tokenizer = BpeTokenizer.Train(corpus, new BpeTrainingOptions { VocabularySize = 320, Languages = ["de", "en", "zh"] });

        Assert.Equal(6, tokenizer.LanguageTag("zh"));
        Assert.Equal(["\u2581", "天气", "很好"], tokenizer.Encode("天气很好").Select(tokenizer.Piece));
        Assert.Equal("天气很好，明天很冷。", tokenizer.Decode(tokenizer.Encode("天气很好，明天很冷。")));
    }

    [Fact]
    public void Merged_pieces_are_unique()
    {
        var tokenizer = TrainedTokenizer.Instance;
        var pieces = Enumerable.Range(0, tokenizer.VocabularySize).Select(tokenizer.Piece).ToList();

        Assert.Equal(pieces.Count, pieces.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(100, 2, "de")]
    [InlineData(2000, 0, "de")]
    [InlineData(2000, 2, "DE")]
    [InlineData(2000, 2, "de,de")]
    [InlineData(2000, 2, "")]
    public void Invalid_options_are_rejected(int vocabularySize, int minFrequency, string languages)
    {
        var options = new BpeTrainingOptions
        {
            VocabularySize = vocabularySize,
            MinFrequency = minFrequency,
            Languages = languages.Split(',', StringSplitOptions.RemoveEmptyEntries),
        };

        Assert.ThrowsAny<ArgumentException>(() => BpeTokenizer.Train(["ein satz"], options));
    }

    [Fact]
    public void Twenty_thousand_sentences_train_a_vocabulary_of_few_tokens_per_word()
    {
        var corpus = SyntheticCorpus.GermanAndEnglish(20_000, seed: 20);
        var words = corpus.Sum(s => s.Split(' ').Length);

        var clock = Stopwatch.StartNew();
        var tokenizer = BpeTokenizer.Train(corpus, new BpeTrainingOptions { VocabularySize = 4000 });
        var trainSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var tokens = corpus.Sum(s => tokenizer.Encode(s).Length);
        var encodeSeconds = clock.Elapsed.TotalSeconds;

        var tokensPerWord = (double)tokens / words;
        output.WriteLine(
            $"{corpus.Count} sentences, {words} words: trained {tokenizer.VocabularySize} tokens in {trainSeconds:F2} s, " +
            $"encoded in {encodeSeconds:F2} s, {tokensPerWord:F3} tokens/word, {corpus.Average(s => s.Length) / (words / (double)corpus.Count):F2} characters/word");
        Assert.True(tokensPerWord < 1.6, $"{tokensPerWord:F3} tokens per word");
    }
}

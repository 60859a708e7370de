using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Inference.Tests.Tokenization;

public sealed class BpeTokenizerTests
{
    private static BpeTokenizer Tokenizer => TrainedTokenizer.Instance;

    [Theory]
    [InlineData("morgen regnet es im süden bei temperaturen um zehn grad")]
    [InlineData("straße")]
    [InlineData("grüße")]
    [InlineData("Straße GRÜSSE Ärger Öl Übermorgen")]
    [InlineData("The weather will be sunny in the north, with 12 degrees.")]
    [InlineData("今天天气很好，明天下雨。")]
    [InlineData("emoji 😀 👍🏽 👨‍👩‍👧 done")]
    [InlineData("x²+y³ = 5 € ≈ ¼ — «quoted» 'single' \"double\" \\ back")]
    [InlineData("literal \u2581 marker and \u0001 control")]
    public void Round_trips_any_text(string text)
    {
        var decoded = Tokenizer.Decode(Tokenizer.Encode(text));

        Assert.Equal(text, decoded);
    }

    [Theory]
    [InlineData("  morgen \t regnet\n\nes  ", "morgen regnet es")]
    [InlineData("gru\u0308\u00DFe aus dem su\u0308den", "gr\u00FC\u00DFe aus dem s\u00FCden")]
    [InlineData("a\u00A0b\u3000c", "a b c")]
    public void Round_trip_normalises_whitespace_and_composition(string text, string expected)
    {
        Assert.Equal(expected, BpeTokenizer.NormalizeText(text));
        Assert.Equal(expected, Tokenizer.Decode(Tokenizer.Encode(text)));
    }

    // Not inline data: the test runner's serialisation of theory arguments mangles lone surrogates.
    [Fact]
    public void Lone_surrogates_round_trip_as_replacement_characters()
    {
        var text = "lone " + '\uD800' + " high";

        Assert.Equal("lone \uFFFD high", Tokenizer.Decode(Tokenizer.Encode(text)));
    }

    [Fact]
    public void Unseen_characters_fall_back_to_utf8_byte_tokens()
    {
        var pieces = Tokenizer.Encode("天").Select(Tokenizer.Piece).ToArray();

        Assert.Equal(["\u2581", "<0xE5>", "<0xA4>", "<0xA9>"], pieces);
    }

    [Fact]
    public void Frequent_words_become_single_word_start_pieces()
    {
        var pieces = Tokenizer.Encode("es regnet im süden").Select(Tokenizer.Piece).ToArray();

        Assert.Equal("\u2581es", pieces[0]);
        Assert.Contains("\u2581im", pieces);
        Assert.True(pieces.Length <= 8, string.Join(" ", pieces));
    }

    [Fact]
    public void Specials_have_fixed_ids_and_language_tags_follow()
    {
        Assert.Equal(["<pad>", "<bos>", "<eos>", "<unk>", "<de>", "<en>"], Enumerable.Range(0, 6).Select(Tokenizer.Piece));
        Assert.Equal(0, SpecialTokens.PadId);
        Assert.Equal(1, SpecialTokens.BosId);
        Assert.Equal(2, SpecialTokens.EosId);
        Assert.Equal(3, SpecialTokens.UnkId);
        Assert.Equal(4, Tokenizer.LanguageTag("de"));
        Assert.Equal(5, Tokenizer.LanguageTag("en"));
        Assert.All(Enumerable.Range(0, 6), id => Assert.True(Tokenizer.IsSpecial(id)));
        Assert.False(Tokenizer.IsSpecial(6));
    }

    [Fact]
    public void Encode_never_produces_special_tokens()
    {
        var ids = TrainedTokenizer.Corpus.Take(200).Append("<eos> <de> <pad> 天").SelectMany(Tokenizer.Encode);

        Assert.DoesNotContain(ids, Tokenizer.IsSpecial);
    }

    [Fact]
    public void Decode_skips_special_tokens()
    {
        const string text = "morgen regnet es";
        int[] ids = [SpecialTokens.BosId, Tokenizer.LanguageTag("de"), .. Tokenizer.Encode(text), SpecialTokens.UnkId, SpecialTokens.EosId, SpecialTokens.PadId];

        Assert.Equal(text, Tokenizer.Decode(ids));
    }

    [Fact]
    public void Decode_accepts_any_sequence_of_ids()
    {
        var text = "morgen regnet es";
        IEnumerable<int> lazy = Tokenizer.Encode(text).Select(id => id);

        Assert.Equal(text, Tokenizer.Decode(lazy));
        Assert.Equal(text, Tokenizer.Decode(Tokenizer.Encode(text).ToList()));
    }

    [Fact]
    public void Target_is_language_tag_then_text_then_eos()
    {
        var target = Tokenizer.EncodeTarget("es regnet", "en");

        Assert.Equal([Tokenizer.LanguageTag("en"), .. Tokenizer.Encode("es regnet"), SpecialTokens.EosId], target);
    }

    [Fact]
    public void Unknown_language_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Tokenizer.LanguageTag("fr"));

        Assert.Contains("'fr'", error.Message, StringComparison.Ordinal);
        Assert.Contains("de, en", error.Message, StringComparison.Ordinal);
        Assert.False(Tokenizer.TryGetLanguageTag("zh", out _));
        Assert.Throws<ArgumentException>(() => Tokenizer.EncodeTarget("hallo", "zh"));
    }

    [Fact]
    public void Empty_and_blank_text()
    {
        Assert.Empty(Tokenizer.Encode(string.Empty));
        Assert.Empty(Tokenizer.Encode(" \t\n "));
        Assert.Equal(string.Empty, Tokenizer.Decode(Array.Empty<int>()));
        Assert.Equal(string.Empty, Tokenizer.Decode([SpecialTokens.EosId]));
        Assert.Equal(string.Empty, BpeTokenizer.NormalizeText(string.Empty));
        Assert.Equal([Tokenizer.LanguageTag("de"), SpecialTokens.EosId], Tokenizer.EncodeTarget(string.Empty, "de"));
    }

    [Fact]
    public void Broken_byte_sequences_decode_to_replacement_characters()
    {
        Assert.True(Tokenizer.TryGetId("<0xE5>", out var leadByte));
        Assert.True(Tokenizer.TryGetId("\u2581es", out var word));

        Assert.Equal("\uFFFD es", Tokenizer.Decode([leadByte, word]));
    }

    [Fact]
    public void Pieces_and_ids_are_inverse()
    {
        for (var id = 0; id < Tokenizer.VocabularySize; id++)
        {
            Assert.True(Tokenizer.TryGetId(Tokenizer.Piece(id), out var found));
            Assert.Equal(id, found);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => Tokenizer.Piece(Tokenizer.VocabularySize));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tokenizer.Decode([Tokenizer.VocabularySize]));
    }

    [Fact]
    public void Decode_allocates_little_more_than_the_result()
    {
        int[] ids = Tokenizer.Encode("morgen regnet es im süden bei temperaturen um zehn grad");
        var text = Tokenizer.Decode(ids);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Tokenizer.Decode(ids.AsSpan());
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        Assert.True(perCall <= (text.Length * 2) + 64, $"{perCall} bytes per decode of a {text.Length}-character sentence");
    }
}

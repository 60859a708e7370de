using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Inference.Tests.Tokenization;

/// <summary>NFC comes from ICU; these fail if the build ever switches to invariant globalization again.</summary>
public sealed class TextNormalizationTests
{
    [Theory]
    [InlineData("gru\u0308\u00DFe", "gr\u00FC\u00DFe")] // decomposed umlaut composes
    [InlineData("\u212B", "\u00C5")] // ANGSTROM SIGN is a singleton: replaced by Å
    [InlineData("a\u0301\u0323", "\u1EA1\u0301")] // marks reorder (dot below first), then the dot composes
    [InlineData("q\u0307\u0323", "q\u0323\u0307")] // reordered even when nothing composes
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // Hangul L + V + T
    [InlineData("\u0915\u093C", "\u0915\u093C")] // composition exclusion: stays decomposed
    [InlineData("\u0958", "\u0915\u093C")] // ... and the excluded precomposed form decomposes
    [InlineData("\U00011099\U000110BA", "\U0001109A")] // composition outside the BMP (Kaithi)
    [InlineData("e\u0302\u0323", "\u1EC7")] // ê + dot below: both marks end up in one character
    public void Produces_the_canonical_composition(string input, string expected)
    {
        Assert.Equal(expected, TextNormalization.Nfc(input));
    }

    [Theory]
    [InlineData("morgen regnet es im süden bei temperaturen um zehn grad")]
    [InlineData("今天天气很好")]
    [InlineData("😀 👍🏽")]
    public void Normalised_text_is_unchanged(string text)
    {
        Assert.Equal(text, TextNormalization.Nfc(text));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        Assert.Equal("a\uFFFDb", TextNormalization.Nfc("a\uD800b"));
    }
}

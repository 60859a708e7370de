using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Inference.Tests.Tokenization;

public sealed class PreTokenizerTests
{
    [Theory]
    [InlineData("Es regnet, 12 Grad.", "^Es|^regnet|,|^1|2|^Grad|.")]
    [InlineData("  straße \t\n grüße  ", "^straße|^grüße")]
    [InlineData("z.B. don't", "^z|.|B|.|^don|'|t")]
    [InlineData("今天很好，明天下雨。", "^今天很好|，|明天下雨|。")]
    [InlineData("a\u0301b ok?!", "^a\u0301b|^ok|?!")]
    [InlineData("\u0308x", "^\u0308|x")]
    public void Splits_words_digits_and_punctuation(string text, string expected)
    {
        var pieces = new List<string>();
        foreach (var token in PreTokenizer.Split(text))
        {
            pieces.Add(string.Concat(token.StartsWord ? "^" : string.Empty, text.AsSpan(token.Start, token.Length)));
        }

        Assert.Equal(expected, string.Join('|', pieces));
    }

    [Fact]
    public void Whitespace_only_text_has_no_pre_tokens()
    {
        var count = 0;
        foreach (var token in PreTokenizer.Split(" \t\u00A0\u3000\n"))
        {
            count += token.Length;
        }

        Assert.Equal(0, count);
    }
}

using Sign2Gpt.Text.Metrics;

namespace Sign2Gpt.Text.Tests.Metrics;

public sealed class CharacterTokensTests
{
    [Theory]
    [InlineData("我爱你", "我 爱 你")]
    [InlineData("我 爱", "我   爱")]
    [InlineData("", "")]
    [InlineData("ok。", "o k 。")]
    public void Every_code_point_becomes_a_space_separated_token(string sentence, string expected)
    {
        Assert.Equal(expected, CharacterTokens.Spaced(sentence));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_stay_whole()
    {
        // U+20000 (CJK extension B) is two UTF-16 units but one character.
        Assert.Equal("\U00020000 a", CharacterTokens.Spaced("\U00020000a"));
    }
}

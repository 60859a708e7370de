using Sign2Gpt.Text.Metrics;

namespace Sign2Gpt.Text.Tests.Metrics;

public sealed class PythonWhitespaceTests
{
    [Fact]
    public void Splits_like_python_str_split()
    {
        Assert.Equal(["a", "b", "c", "d", "e"], PythonWhitespace.Split("  a\tb\u00A0c\u3000d\u001Fe \n"));
        Assert.Empty(PythonWhitespace.Split(""));
        Assert.Empty(PythonWhitespace.Split(" \t "));
    }

    [Fact]
    public void Zero_width_space_is_not_whitespace_in_python()
    {
        Assert.Equal(["a\u200Bb"], PythonWhitespace.Split("a\u200Bb"));
    }
}

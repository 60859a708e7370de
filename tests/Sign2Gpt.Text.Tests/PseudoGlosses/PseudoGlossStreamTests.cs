using Sign2Gpt.Text.PseudoGlosses;

namespace Sign2Gpt.Text.Tests.PseudoGlosses;

/// <summary>The line protocol behind `sign2gpt pseudo-gloss`.</summary>
public sealed class PseudoGlossStreamTests
{
    [Fact]
    public async Task Each_input_line_gives_one_output_line_and_empty_for_none()
    {
        var input = new StringReader("morgen regnet es im süden\nund in der\nder wind weht\n");
        var output = new StringWriter { NewLine = "\n" };

        var count = await PseudoGlossStream.TranslateAsync(input, output, PseudoGlossGenerator.Create(PseudoGlossLanguage.German), CancellationToken.None);

        Assert.Equal(3, count);
        Assert.Equal("morgen regnen es süden\n\nwind wehen\n", output.ToString());
    }

    [Fact]
    public async Task Cancellation_stops_reading()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PseudoGlossStream.TranslateAsync(
            new StringReader("der wind weht\n"), new StringWriter(), PseudoGlossGenerator.Create(PseudoGlossLanguage.German), cancelled.Token));
    }
}

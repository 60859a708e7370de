namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>Line-by-line pseudo-glossing: one sentence per input line, its pseudo-glosses space-separated per output line.</summary>
public static class PseudoGlossStream
{
    /// <summary>Returns the number of sentences written; a sentence without pseudo-glosses gives an empty line.</summary>
    public static async Task<int> TranslateAsync(TextReader input, TextWriter output, PseudoGlossGenerator generator, CancellationToken cancellationToken)
    {
        var sentences = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            await output.WriteLineAsync(string.Join(' ', generator.Generate(line)).AsMemory(), cancellationToken);
            sentences++;
        }
        await output.FlushAsync(cancellationToken);
        return sentences;
    }
}

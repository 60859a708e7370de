using Sign2Gpt.Text.PseudoGlosses;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.PseudoGlosses;

/// <summary>
/// <c>sign2gpt pseudo-gloss --lang de|en|zh</c>: reads one sentence per line on stdin and writes its
/// pseudo-glosses, space-separated, one line per sentence (an empty line when it has none).
/// </summary>
internal sealed class PseudoGlossCommand : AsyncCommand<PseudoGlossSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PseudoGlossSettings settings, CancellationToken cancellationToken)
    {
        var generator = PseudoGlossGenerator.Create(PseudoGlossLanguages.Parse(settings.Language));
        using var stdin = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
        await PseudoGlossStream.TranslateAsync(stdin, stdout, generator, cancellationToken);
        return 0;
    }
}

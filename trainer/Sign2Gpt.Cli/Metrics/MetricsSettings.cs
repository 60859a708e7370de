using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Metrics;

internal sealed class MetricsSettings : CommandSettings
{
    [CommandOption("--hyp <FILE>")]
    [Description("Hypotheses, one sentence per line (UTF-8).")]
    public string? Hypotheses { get; init; }

    [CommandOption("--ref <FILE>")]
    [Description("References, one sentence per line, aligned with --hyp. Repeat for several references per sentence.")]
    public string[] References { get; init; } = [];

    [CommandOption("--chars")]
    [Description("Score characters as tokens (Chinese, e.g. CSL-Daily), as Sign2GPT does.")]
    public bool Characters { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Hypotheses))
        {
            return ValidationResult.Error("--hyp <FILE> is required.");
        }

        return References.Length == 0
            ? ValidationResult.Error("--ref <FILE> is required.")
            : ValidationResult.Success();
    }
}

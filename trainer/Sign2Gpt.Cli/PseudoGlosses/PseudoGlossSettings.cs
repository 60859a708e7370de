using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.PseudoGlosses;

internal sealed class PseudoGlossSettings : CommandSettings
{
    [CommandOption("--lang <LANG>")]
    [Description("Language of the sentences: de (German), en (English) or zh (Chinese).")]
    public string Language { get; init; } = "";

    public override ValidationResult Validate() =>
        Language.Trim().ToLowerInvariant() is "de" or "en" or "zh"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--lang must be de, en or zh (got '{Language}').");
}

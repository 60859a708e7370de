using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Publish;

/// <summary>An admin verb that names a published version.</summary>
internal class VersionSettings : AdminSettings
{
    [CommandOption("--version <N>")]
    [Description("A published version of the language's adapter.")]
    public int? Version { get; init; }

    public override ValidationResult Validate()
    {
        var common = base.Validate();
        return !common.Successful ? common
            : Version is null ? ValidationResult.Error("--version N is required.")
            : ValidationResult.Success();
    }
}

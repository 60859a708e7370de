using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Publish;

internal sealed class CanarySettings : VersionSettings
{
    [CommandOption("--share <SHARE>")]
    [Description("Share of new sessions routed to the version: above 0, at most 1 (default 0.1).")]
    public double Share { get; init; } = 0.1;

    public override ValidationResult Validate()
    {
        var common = base.Validate();
        return !common.Successful ? common
            : double.IsNaN(Share) || Share is <= 0 or > 1 ? ValidationResult.Error($"--share is in (0, 1], not {Share}.")
            : ValidationResult.Success();
    }
}

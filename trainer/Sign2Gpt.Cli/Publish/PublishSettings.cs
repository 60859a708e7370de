using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Publish;

internal sealed class PublishSettings : AdminSettings
{
    [CommandOption("--adapter <FILE>")]
    [Description("The .onnx_adapter file (as export writes them); its adapter_version is the version published.")]
    public string Adapter { get; init; } = "";

    [CommandOption("--bleu4 <X>")]
    [Description("BLEU-4 of the adapter on held-out data, kept with the version.")]
    public double? Bleu4 { get; init; }

    [CommandOption("--rouge-l <Y>")]
    [Description("ROUGE-L of the adapter on held-out data, kept with the version.")]
    public double? RougeL { get; init; }

    [CommandOption("--canary <SHARE>")]
    [Description("Then route this share of new sessions to it: above 0, at most 1.")]
    public double? Canary { get; init; }

    [CommandOption("--promote")]
    [Description("Then make it live for everyone not pinned.")]
    public bool Promote { get; init; }

    public override ValidationResult Validate()
    {
        var common = base.Validate();
        if (!common.Successful)
        {
            return common;
        }

        if (string.IsNullOrWhiteSpace(Adapter) || !File.Exists(Adapter))
        {
            return ValidationResult.Error(string.IsNullOrWhiteSpace(Adapter) ? "--adapter FILE is required." : $"Adapter file '{Adapter}' does not exist.");
        }

        if (Canary is { } share && (double.IsNaN(share) || share is <= 0 or > 1))
        {
            return ValidationResult.Error($"--canary is a share in (0, 1], not {share}.");
        }

        if (Canary is not null && Promote)
        {
            return ValidationResult.Error("--canary and --promote exclude each other: a promotion ends any canary.");
        }

        return new[] { Bleu4, RougeL }.Any(score => score is { } value && !double.IsFinite(value))
            ? ValidationResult.Error("--bleu4 and --rouge-l must be numbers.")
            : ValidationResult.Success();
    }
}

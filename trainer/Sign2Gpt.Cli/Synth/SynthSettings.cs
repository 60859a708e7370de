using System.ComponentModel;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.SynthSign.Signers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Synth;

internal sealed class SynthSettings : CommandSettings
{
    [CommandOption("--lang <LANG>")]
    [Description("Synthetic sign language: synth-dgs (German translations) or synth-asl (English translations).")]
    public string Language { get; init; } = "synth-dgs";

    [CommandOption("--videos <N>")]
    [Description("Number of videos, shared between train, dev and test.")]
    public int Videos { get; init; } = 1000;

    [CommandOption("--seed <S>")]
    [Description("Seed: the same seed writes byte-identical annotations and frames.")]
    public long Seed { get; init; } = 1;

    [CommandOption("--out <DIR>")]
    [Description("Corpus root (Phoenix-2014-T layout). Must be new, empty, or an earlier SynthSign corpus, which is replaced.")]
    public string? Out { get; init; }

    [CommandOption("--mp4")]
    [Description("Also write videos/<split>/<name>.mp4 for every video (needs ffmpeg).")]
    public bool Mp4 { get; init; }

    [CommandOption("--split-ratio <TRAIN/DEV/TEST>")]
    [Description("How videos are shared between the splits, e.g. 80/10/10 (the default). Each split has its own signers.")]
    public string? SplitRatio { get; init; }

    [CommandOption("--signers <TRAIN/DEV/TEST>")]
    [Description("How many people sign each split, e.g. 8/2/2 (the default) or 40/4/4. No one signs in two splits.")]
    public string? Signers { get; init; }

    [CommandOption("--phrases <N>")]
    [Description("Every video signs one of N sentences, in every split (a domain-specific tenant's phrasebook); default: a sentence per video.")]
    public int? Phrases { get; init; }

    public override ValidationResult Validate()
    {
        if (Phrases < 1)
        {
            return ValidationResult.Error($"--phrases must be at least 1, not {Phrases}.");
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out <DIR> is required.");
        }

        if (Videos < 1)
        {
            return ValidationResult.Error($"--videos must be at least 1, not {Videos}.");
        }

        if (!SynthSignLanguage.All.Any(language => string.Equals(language.Id, Language, StringComparison.OrdinalIgnoreCase)))
        {
            return ValidationResult.Error($"--lang must be one of {string.Join(", ", SynthSignLanguage.All.Select(language => language.Id))}, not '{Language}'.");
        }

        if (SplitRatio is not null)
        {
            try
            {
                Datasets.SynthSign.SplitRatio.Parse(SplitRatio);
            }
            catch (FormatException e)
            {
                return ValidationResult.Error("--split-ratio: " + e.Message);
            }
        }

        if (Signers is not null)
        {
            try
            {
                SignerCounts.Parse(Signers);
            }
            catch (FormatException e)
            {
                return ValidationResult.Error("--signers: " + e.Message);
            }
        }

        return ValidationResult.Success();
    }
}

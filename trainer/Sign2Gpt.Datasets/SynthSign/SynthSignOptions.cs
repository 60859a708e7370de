using Sign2Gpt.Datasets.SynthSign.Signers;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>What corpus to generate and where.</summary>
public sealed record SynthSignOptions
{
    public required SynthSignLanguage Language { get; init; }

    /// <summary>Corpus root; must be new, empty, or an earlier SynthSign corpus (which is replaced).</summary>
    public required string OutputDirectory { get; init; }

    public int Videos { get; init; } = 1000;

    public long Seed { get; init; } = 1;

    public SplitRatio SplitRatio { get; init; } = SplitRatio.Default;

    /// <summary>How many people sign each split: more training signers teach signer independence.</summary>
    public SignerCounts Signers { get; init; } = SignerCounts.Default;

    /// <summary>Also encode each video as <c>videos/&lt;split&gt;/&lt;name&gt;.mp4</c> (needs ffmpeg).</summary>
    public bool WriteMp4 { get; init; }

    /// <summary>
    /// When set, every video signs one of this many sentences (in every split), as the users of a domain-specific
    /// tenant — a clinic's reception desk — sign the same phrases again and again; null gives every video a sentence of its own.
    /// </summary>
    public int? Phrases { get; init; }

    public int MinSigns { get; init; } = 4;

    public int MaxSigns { get; init; } = 9;

    /// <summary>Videos rendered at once; the output does not depend on it.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (Videos < 1)
        {
            throw new ArgumentException($"At least one video is needed, not {Videos}.", nameof(Videos));
        }

        if (MinSigns < 1 || MaxSigns < MinSigns || MaxSigns > 20)
        {
            throw new ArgumentException($"Signs per video must satisfy 1 <= min <= max <= 20, not {MinSigns}..{MaxSigns}.", nameof(MinSigns));
        }

        if (Phrases < 1)
        {
            throw new ArgumentException($"A phrasebook needs at least one phrase, not {Phrases}.", nameof(Phrases));
        }

        if (MaxParallelism < 1)
        {
            throw new ArgumentException($"Parallelism must be positive, not {MaxParallelism}.", nameof(MaxParallelism));
        }

        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new ArgumentException("An output directory is needed.", nameof(OutputDirectory));
        }

        SplitRatio.Validate();
        Signers.Validate();
    }
}

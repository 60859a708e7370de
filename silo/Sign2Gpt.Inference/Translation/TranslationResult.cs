namespace Sign2Gpt.Inference.Translation;

/// <summary>One video translated: the sentence, the localised pseudo-glosses, the timeline, the adapter used and timings.</summary>
public sealed record TranslationResult(
    string Text,
    string Language,
    IReadOnlyList<LocalizedGloss> Glosses,
    GlossTimeline Timeline,
    string? Adapter,
    TranslationTiming Timing);

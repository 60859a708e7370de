namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// Per-step probability of each pseudo-gloss (paper Fig. 4). Step i covers [i·StepSeconds, (i+1)·StepSeconds).
/// Only glosses that reach <see cref="GlossLocalizer.ListedThreshold"/> somewhere are listed, so the timeline
/// stays small for a large vocabulary.
/// </summary>
public sealed record GlossTimeline(double StepSeconds, IReadOnlyList<string> Glosses, IReadOnlyList<float[]> Probabilities);

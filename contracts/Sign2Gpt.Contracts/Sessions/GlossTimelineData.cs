namespace Sign2Gpt.Contracts.Sessions;

/// <summary>Per-step pseudo-gloss probabilities: one row per listed gloss, one column per encoder step.</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.GlossTimelineData")]
public sealed record GlossTimelineData(
    [property: Id(0)] double StepSeconds,
    [property: Id(1)] IReadOnlyList<string> Glosses,
    [property: Id(2)] IReadOnlyList<float[]> Probabilities);

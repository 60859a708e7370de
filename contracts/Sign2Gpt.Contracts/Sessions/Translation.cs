namespace Sign2Gpt.Contracts.Sessions;

/// <summary>A hypothesis for the video so far: the sentence, the localised glosses and the timeline behind them.</summary>
/// <param name="Adapter">The adapter that decoded it, e.g. "de@v1"; null for the base model.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.Translation")]
public sealed record Translation(
    [property: Id(0)] string Text,
    [property: Id(1)] string Language,
    [property: Id(2)] IReadOnlyList<GlossSegment> Glosses,
    [property: Id(3)] GlossTimelineData Timeline,
    [property: Id(4)] string? Adapter,
    [property: Id(5)] int Frames,
    [property: Id(6)] double VideoSeconds,
    [property: Id(7)] int Tokens,
    [property: Id(8)] bool IsFinal);

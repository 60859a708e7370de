namespace Sign2Gpt.Contracts.Sessions;

/// <summary>A pseudo-gloss localised in time: its probability stayed above 0.2 from start to end (seconds).</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.GlossSegment")]
public sealed record GlossSegment(
    [property: Id(0)] string Gloss,
    [property: Id(1)] double Start,
    [property: Id(2)] double End,
    [property: Id(3)] double Score);

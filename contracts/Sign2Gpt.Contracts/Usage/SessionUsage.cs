namespace Sign2Gpt.Contracts.Usage;

/// <summary>What one finished session used.</summary>
/// <param name="Adapter">The adapter version that translated it, e.g. "de@v1"; null for the base model.</param>
/// <param name="Tokens">Every token decoded for it, partial hypotheses included: they cost as much.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.SessionUsage")]
public sealed record SessionUsage(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string Language,
    [property: Id(2)] string? Adapter,
    [property: Id(3)] double VideoSeconds,
    [property: Id(4)] int Frames,
    [property: Id(5)] int Tokens,
    [property: Id(6)] bool Completed);

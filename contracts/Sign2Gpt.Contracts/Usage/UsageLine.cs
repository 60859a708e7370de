namespace Sign2Gpt.Contracts.Usage;

/// <param name="Failed">Sessions among <paramref name="Sessions"/> that ended with an error.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.UsageLine")]
public sealed record UsageLine(
    [property: Id(0)] string Language,
    [property: Id(1)] string? Adapter,
    [property: Id(2)] int Sessions,
    [property: Id(3)] int Failed,
    [property: Id(4)] double VideoSeconds,
    [property: Id(5)] long Frames,
    [property: Id(6)] long Tokens);

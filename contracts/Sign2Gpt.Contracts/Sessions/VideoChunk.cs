namespace Sign2Gpt.Contracts.Sessions;

/// <param name="Sequence">0 for the first chunk, then 1, 2, ... without gaps.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.VideoChunk")]
public sealed record VideoChunk([property: Id(0)] long Sequence, [property: Id(1)] byte[] Data);

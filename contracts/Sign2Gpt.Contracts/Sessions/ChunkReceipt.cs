namespace Sign2Gpt.Contracts.Sessions;

/// <param name="NextExpected">The lowest sequence number not yet received: a client resumes from here.</param>
/// <param name="Held">Chunks received ahead of a gap, waiting for it to fill.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.ChunkReceipt")]
public sealed record ChunkReceipt(
    [property: Id(0)] long Sequence,
    [property: Id(1)] ChunkStatus Status,
    [property: Id(2)] long NextExpected,
    [property: Id(3)] int Held);

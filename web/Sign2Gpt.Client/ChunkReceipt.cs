namespace Sign2Gpt.Client;

/// <summary>The answer to one chunk upload.</summary>
/// <param name="Status">"accepted", "held" (stored, but an earlier chunk is missing) or "duplicate".</param>
/// <param name="NextExpected">The lowest chunk the server has not received: every chunk below it is safe.</param>
/// <param name="Held">Chunks the server keeps ahead of a gap.</param>
public sealed record ChunkReceipt(long Sequence, string Status, long NextExpected, int Held);

namespace Sign2Gpt.Contracts.Sessions;

public enum ChunkStatus
{
    /// <summary>Stored and, with every earlier chunk, passed on to decoding.</summary>
    Accepted,

    /// <summary>Stored, but an earlier chunk is missing.</summary>
    Held,

    /// <summary>Already received: nothing changed.</summary>
    Duplicate,
}

namespace Sign2Gpt.Contracts.Sessions;

/// <summary>
/// One user's translation session, keyed by its id. Chunks are taken in sequence order: a re-sent chunk is
/// a no-op, a chunk ahead of a gap is held until the gap fills. Everything acknowledged is persisted, so a
/// silo loss loses nothing a client was told was received.
/// </summary>
[Alias("Sign2Gpt.ISessionGrain")]
public interface ISessionGrain : IGrainWithGuidKey
{
    /// <summary>Opens the session; calling it again with the same start is a no-op.</summary>
    /// <exception cref="SessionRejectedException">The tenant's quota or language settings refuse it.</exception>
    [Alias("Start")]
    Task<SessionSnapshot> StartAsync(SessionStart start, CancellationToken cancellationToken = default);

    [Alias("AppendChunk")]
    Task<ChunkReceipt> AppendChunkAsync(VideoChunk chunk, CancellationToken cancellationToken = default);

    /// <summary>No more chunks after <paramref name="lastSequence"/>; the final translation follows once they are all in.</summary>
    [Alias("End")]
    Task<SessionSnapshot> EndAsync(long lastSequence, CancellationToken cancellationToken = default);

    [Alias("Get")]
    Task<SessionSnapshot> GetAsync(CancellationToken cancellationToken = default);
}

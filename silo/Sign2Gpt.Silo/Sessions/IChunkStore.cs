namespace Sign2Gpt.Silo.Sessions;

/// <summary>
/// The bytes of every acknowledged chunk, so a session that moves to another silo (or restarts) replays its video
/// from them. Kept out of the grain state, which is rewritten on every change.
/// </summary>
public interface IChunkStore
{
    Task SaveAsync(Guid session, long sequence, byte[] data);

    /// <exception cref="InvalidOperationException">The chunk is gone: it expired, or the store lost it.</exception>
    Task<byte[]> LoadAsync(Guid session, long sequence);

    Task DeleteAsync(Guid session, long count);
}

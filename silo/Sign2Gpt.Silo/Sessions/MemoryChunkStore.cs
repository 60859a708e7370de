using System.Collections.Concurrent;

namespace Sign2Gpt.Silo.Sessions;

/// <summary>Chunk bytes in this process, for a single silo without Redis: they last as long as the silo does, like its grain state.</summary>
public sealed class MemoryChunkStore : IChunkStore
{
    private readonly ConcurrentDictionary<(Guid Session, long Sequence), byte[]> _chunks = new();

    public Task SaveAsync(Guid session, long sequence, byte[] data)
    {
        _chunks[(session, sequence)] = data;
        return Task.CompletedTask;
    }

    public Task<byte[]> LoadAsync(Guid session, long sequence) =>
        _chunks.TryGetValue((session, sequence), out var data)
            ? Task.FromResult(data)
            : Task.FromException<byte[]>(new InvalidOperationException($"Chunk {sequence} of session {session} is no longer stored."));

    public Task DeleteAsync(Guid session, long count)
    {
        for (long sequence = 0; sequence < count; sequence++)
        {
            _chunks.TryRemove((session, sequence), out _);
        }

        return Task.CompletedTask;
    }
}

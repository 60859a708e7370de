using System.Collections.Concurrent;

namespace Sign2Gpt.Silo.Adapters;

/// <summary>Adapter files in this process, for a single silo without Redis; an announcement reaches this silo's subscribers only.</summary>
public sealed class MemoryAdapterStore : IAdapterStore
{
    private readonly ConcurrentDictionary<(string Language, int Version), byte[]> _files = new();
    private readonly ConcurrentBag<Func<string, IReadOnlyList<int>, Task>> _subscribers = [];

    public Task SaveAsync(string language, int version, byte[] bytes)
    {
        _files[(language, version)] = bytes;
        return Task.CompletedTask;
    }

    public Task<byte[]> LoadAsync(string language, int version) =>
        _files.TryGetValue((language, version), out var bytes)
            ? Task.FromResult(bytes)
            : Task.FromException<byte[]>(new InvalidOperationException($"Adapter {language}@v{version} is not stored."));

    public Task AnnounceAsync(string language, IEnumerable<int> versions)
    {
        IReadOnlyList<int> routed = [.. versions];

        // Off the caller's turn, as a pub/sub message would arrive: the registry grain must not wait for preloading.
        foreach (var subscriber in _subscribers)
        {
            _ = Task.Run(() => subscriber(language, routed));
        }

        return Task.CompletedTask;
    }

    public Task SubscribeAsync(Func<string, IReadOnlyList<int>, Task> onRollout)
    {
        _subscribers.Add(onRollout);
        return Task.CompletedTask;
    }
}

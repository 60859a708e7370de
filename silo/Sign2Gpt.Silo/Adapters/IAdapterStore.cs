namespace Sign2Gpt.Silo.Adapters;

/// <summary>
/// Published adapter files, and the notice that tells every silo a rollout changed so it can load the new version
/// before the first session asks for it.
/// </summary>
public interface IAdapterStore
{
    Task SaveAsync(string language, int version, byte[] bytes);

    /// <exception cref="InvalidOperationException">No such version is stored.</exception>
    Task<byte[]> LoadAsync(string language, int version);

    /// <summary>Tells the silos which versions a language now routes to.</summary>
    Task AnnounceAsync(string language, IEnumerable<int> versions);

    Task SubscribeAsync(Func<string, IReadOnlyList<int>, Task> onRollout);
}

using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Training.Runs;

namespace Sign2Gpt.Trainer.Retraining;

/// <summary>The adapter a job's tenant is served now (its pin, else the live version, else the bundle's own), which the candidate starts from and is judged against.</summary>
internal sealed record ServedAdapter(string Name, byte[] Bytes)
{
    public static async Task<ServedAdapter> ResolveAsync(
        AdapterRollout rollout, IAdapterRegistryGrain registry, ModelBundle bundle, string? tenantId, CancellationToken cancellationToken)
    {
        var language = rollout.Language;
        var version = tenantId is not null && rollout.Pins.TryGetValue(tenantId, out var pinned) ? pinned : rollout.Live;
        if (version is { } published)
        {
            return new ServedAdapter($"{language}@v{published}", await registry.DownloadAsync(published, cancellationToken));
        }

        var shipped = bundle.Manifest.Adapters.FirstOrDefault(a => a.Language == language)
            ?? throw new InvalidOperationException($"The base model ships no '{language}' adapter and none is live; publish one first.");
        return new ServedAdapter($"{language}@v{shipped.Version}", BundleAdaptRun.ShippedAdapter(bundle, language)!);
    }
}

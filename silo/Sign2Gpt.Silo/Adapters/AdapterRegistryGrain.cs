using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Silo.Hosting;
using Sign2Gpt.Silo.Serving;

namespace Sign2Gpt.Silo.Adapters;

public sealed partial class AdapterRegistryGrain(
    [PersistentState("adapters", SiloHostingExtensions.StorageName)] IPersistentState<AdapterRegistryState> state,
    IAdapterStore store,
    TranslationEngine engine,
    TimeProvider clock,
    ILogger<AdapterRegistryGrain> logger) : Grain, IAdapterRegistryGrain
{
    private AdapterRegistryState S => state.State;

    private string Language => this.GetPrimaryKeyString();

    private int? Live => S.LiveHistory.Count == 0 ? null : S.LiveHistory[^1];

    public async Task<AdapterVersionInfo> PublishAsync(AdapterPublication publication, CancellationToken cancellationToken = default)
    {
        var adapter = engine.ValidateAdapter(Language, publication.Bytes);
        if (S.Versions.Any(v => v.Version == adapter.AdapterVersion))
        {
            throw new AdapterRejectedException($"{Language}@v{adapter.AdapterVersion} is already published; give the new adapter a new version.");
        }

        await store.SaveAsync(Language, adapter.AdapterVersion, publication.Bytes);
        var info = new AdapterVersionInfo(
            Language, adapter.AdapterVersion, adapter.ModelVersion, publication.TenantId, Convert.ToHexStringLower(SHA256.HashData(publication.Bytes)),
            clock.GetUtcNow(), publication.PublishedBy, publication.Metrics, publication.Lineage);
        S.Versions.Add(info);
        Record(publication.PublishedBy, "publish", info.Version, publication.TenantId is null ? "global" : $"tenant {publication.TenantId}");
        await state.WriteStateAsync(cancellationToken);
        LogPublished(logger, info.Name, publication.PublishedBy);
        return info;
    }

    public async Task<AdapterRollout> StartCanaryAsync(int version, double share, string actor, CancellationToken cancellationToken = default)
    {
        EnsurePublished(version);
        if (share is <= 0 or > 1 || double.IsNaN(share))
        {
            throw new AdapterRejectedException($"A canary share is in (0, 1]; got {share}.");
        }

        S.Canary = version;
        S.CanaryShare = share;
        Record(actor, "canary", version, $"share {share:P0}");
        return await SaveAndAnnounceAsync(cancellationToken);
    }

    public async Task<AdapterRollout> PromoteAsync(int version, string actor, CancellationToken cancellationToken = default)
    {
        EnsurePublished(version);
        if (Live != version)
        {
            S.LiveHistory.Add(version);
        }

        S.Canary = null;
        S.CanaryShare = 0;
        Record(actor, "promote", version, null);
        return await SaveAndAnnounceAsync(cancellationToken);
    }

    public async Task<AdapterRollout> RollBackAsync(string actor, CancellationToken cancellationToken = default)
    {
        if (S.LiveHistory.Count == 0)
        {
            throw new AdapterRejectedException($"Nothing to roll back: {Language} serves the model's shipped adapter.");
        }

        var from = S.LiveHistory[^1];
        S.LiveHistory.RemoveAt(S.LiveHistory.Count - 1);
        S.Canary = null;
        S.CanaryShare = 0;
        Record(actor, "rollback", Live, $"from v{from}");
        return await SaveAndAnnounceAsync(cancellationToken);
    }

    public async Task<AdapterRollout> PinTenantAsync(string tenantId, int? version, string actor, CancellationToken cancellationToken = default)
    {
        if (version is { } pinned)
        {
            EnsurePublished(pinned);
            S.Pins[tenantId] = pinned;
            Record(actor, "pin", pinned, $"tenant {tenantId}");
        }
        else if (S.Pins.Remove(tenantId))
        {
            Record(actor, "unpin", null, $"tenant {tenantId}");
        }

        return await SaveAndAnnounceAsync(cancellationToken);
    }

    public Task<byte[]> DownloadAsync(int version, CancellationToken cancellationToken = default)
    {
        EnsurePublished(version);
        return store.LoadAsync(Language, version);
    }

    public Task<AdapterRollout> GetRolloutAsync(CancellationToken cancellationToken = default) => Task.FromResult(Rollout());

    public Task<int?> ResolveAsync(string tenantId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        if (S.Pins.TryGetValue(tenantId, out var pinned))
        {
            return Task.FromResult<int?>(pinned);
        }

        // The session id decides, so a session keeps its side of the canary however often it asks.
        var bucket = (BitConverter.ToUInt32(SHA256.HashData(sessionId.ToByteArray()), 0) % 10_000) / 10_000.0;
        return Task.FromResult(S.Canary is { } canary && bucket < S.CanaryShare ? canary : Live);
    }

    private void EnsurePublished(int version)
    {
        if (!S.Versions.Any(v => v.Version == version))
        {
            throw new AdapterRejectedException($"{Language}@v{version} was never published.");
        }
    }

    private void Record(string actor, string action, int? version, string? detail) =>
        S.History.Add(new RolloutEvent(clock.GetUtcNow(), actor, action, version, detail));

    private async Task<AdapterRollout> SaveAndAnnounceAsync(CancellationToken cancellationToken)
    {
        await state.WriteStateAsync(cancellationToken);
        int?[] routed = [Live, S.Canary, .. S.Pins.Values.Select(v => (int?)v)];
        await store.AnnounceAsync(Language, routed.OfType<int>().Distinct());
        var rollout = Rollout();
        LogRollout(logger, Language, rollout.Live, rollout.Canary, rollout.CanaryShare);
        return rollout;
    }

    private AdapterRollout Rollout() =>
        new(Language, Live, S.Canary, S.CanaryShare, new Dictionary<string, int>(S.Pins), [.. S.Versions], [.. S.History]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Adapter {Adapter} published by {Actor}")]
    private static partial void LogPublished(ILogger logger, string adapter, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rollout of {Language}: live {Live}, canary {Canary} at {Share:P0}")]
    private static partial void LogRollout(ILogger logger, string language, int? live, int? canary, double share);
}

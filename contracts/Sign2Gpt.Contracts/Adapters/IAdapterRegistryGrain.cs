namespace Sign2Gpt.Contracts.Adapters;

/// <summary>
/// The rollout of one language's LoRA adapters, keyed by language: published versions (bytes in Redis), the live
/// one, an optional canary with a traffic share, per-tenant pins, and who changed what when. Sessions ask it which
/// version to use when they start and keep that version to their end, so no session mixes two adapters.
/// </summary>
[Alias("Sign2Gpt.IAdapterRegistryGrain")]
public interface IAdapterRegistryGrain : IGrainWithStringKey
{
    /// <summary>Validates the adapter against the loaded base model and stores it; it serves no one until rolled out.</summary>
    /// <exception cref="AdapterRejectedException">Unreadable, for another model, wrong names or shapes, or a version already taken.</exception>
    [Alias("Publish")]
    Task<AdapterVersionInfo> PublishAsync(AdapterPublication publication, CancellationToken cancellationToken = default);

    /// <summary>Routes <paramref name="share"/> (0..1) of new sessions to <paramref name="version"/>.</summary>
    [Alias("StartCanary")]
    Task<AdapterRollout> StartCanaryAsync(int version, double share, string actor, CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="version"/> live for everyone not pinned, ending any canary.</summary>
    [Alias("Promote")]
    Task<AdapterRollout> PromoteAsync(int version, string actor, CancellationToken cancellationToken = default);

    /// <summary>Goes back to the version that was live before the current one, ending any canary.</summary>
    [Alias("RollBack")]
    Task<AdapterRollout> RollBackAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>Pins a tenant to a version, or unpins it with null.</summary>
    [Alias("Pin")]
    Task<AdapterRollout> PinTenantAsync(string tenantId, int? version, string actor, CancellationToken cancellationToken = default);

    /// <summary>A published version's file, e.g. for the trainer to compare a candidate with it.</summary>
    /// <exception cref="AdapterRejectedException">No such version.</exception>
    [Alias("Download")]
    Task<byte[]> DownloadAsync(int version, CancellationToken cancellationToken = default);

    [Alias("GetRollout")]
    Task<AdapterRollout> GetRolloutAsync(CancellationToken cancellationToken = default);

    /// <summary>The version a new session uses: the tenant's pin, else the canary for its share of sessions, else the live one; null for the model's shipped adapter.</summary>
    [Alias("Resolve")]
    Task<int?> ResolveAsync(string tenantId, Guid sessionId, CancellationToken cancellationToken = default);
}

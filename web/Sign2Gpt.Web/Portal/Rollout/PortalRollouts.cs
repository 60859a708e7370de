using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Web.Portal.Rollout;

/// <summary>
/// Adapter rollout as the portal offers it, each change recorded under the signed-in person's address. Operators
/// publish, canary, promote, roll back and pin any tenant; a tenant admin publishes adapters trained for their
/// tenant and pins their own tenant. Changes reach every silo for sessions that start afterwards.
/// </summary>
public sealed partial class PortalRollouts(IGrainFactory grains, ILogger<PortalRollouts> logger)
{
    public const string Bleu4 = "bleu4";
    public const string RougeL = "rougeL";

    public async Task<AdapterRollout> GetAsync(PortalUser user, string language, CancellationToken cancellationToken) =>
        RolloutVisibility.For(user, await Registry(language).GetRolloutAsync(cancellationToken));

    /// <summary>
    /// The adapter a new session of the user's tenant gets now: its pin, else the live version (a canary is a matter
    /// of chance). The user's own pin is in every rollout they may see, so it needs no second call.
    /// </summary>
    public static string Serving(PortalUser user, AdapterRollout rollout)
    {
        var version = rollout.Pins.TryGetValue(user.TenantId, out var pinned) ? pinned : rollout.Live;
        return version is { } v ? $"{rollout.Language}@v{v}" : "the model's shipped adapter";
    }

    /// <exception cref="AdapterRejectedException">The file is no adapter of the loaded model, or its version is taken.</exception>
    public async Task<AdapterVersionInfo> PublishAsync(PortalUser user, string language, byte[] adapter, double? bleu4, double? rougeL, CancellationToken cancellationToken)
    {
        RequireAdmin(user);
        var metrics = new Dictionary<string, double>();
        if (bleu4 is { } b)
        {
            metrics[Bleu4] = b;
        }

        if (rougeL is { } r)
        {
            metrics[RougeL] = r;
        }

        var info = await Registry(language).PublishAsync(new AdapterPublication(adapter, user.IsOperator ? null : user.TenantId, user.Email, metrics), cancellationToken);
        LogChange(logger, user.Email, "publish", language, info.Version);
        return info;
    }

    public Task<AdapterRollout> StartCanaryAsync(PortalUser user, string language, int version, double share, CancellationToken cancellationToken) =>
        OperatorChangeAsync(user, language, "canary", version, registry => registry.StartCanaryAsync(version, share, user.Email, cancellationToken));

    public Task<AdapterRollout> PromoteAsync(PortalUser user, string language, int version, CancellationToken cancellationToken) =>
        OperatorChangeAsync(user, language, "promote", version, registry => registry.PromoteAsync(version, user.Email, cancellationToken));

    public Task<AdapterRollout> RollBackAsync(PortalUser user, string language, CancellationToken cancellationToken) =>
        OperatorChangeAsync(user, language, "rollback", null, registry => registry.RollBackAsync(user.Email, cancellationToken));

    /// <summary>Pins <paramref name="tenantId"/> to <paramref name="version"/> (null unpins); a tenant admin only their own tenant.</summary>
    public async Task<AdapterRollout> PinAsync(PortalUser user, string language, string tenantId, int? version, CancellationToken cancellationToken)
    {
        RequireAdmin(user);
        if (!user.IsOperator && tenantId != user.TenantId)
        {
            throw new UnauthorizedAccessException("A tenant admin pins only their own tenant.");
        }

        var rollout = await Registry(language).PinTenantAsync(tenantId, version, user.Email, cancellationToken);
        LogChange(logger, user.Email, version is null ? "unpin" : "pin", language, version);
        return RolloutVisibility.For(user, rollout);
    }

    private async Task<AdapterRollout> OperatorChangeAsync(PortalUser user, string language, string action, int? version, Func<IAdapterRegistryGrain, Task<AdapterRollout>> change)
    {
        if (!user.IsOperator)
        {
            throw new UnauthorizedAccessException($"Only platform operators {action} adapters.");
        }

        var rollout = await change(Registry(language));
        LogChange(logger, user.Email, action, language, version);
        return rollout;
    }

    private static void RequireAdmin(PortalUser user)
    {
        if (!user.IsTenantAdmin)
        {
            throw new UnauthorizedAccessException("Adapter changes need a tenant admin or a platform operator.");
        }
    }

    private IAdapterRegistryGrain Registry(string language) => grains.GetGrain<IAdapterRegistryGrain>(language);

    [LoggerMessage(Level = LogLevel.Information, Message = "Adapter rollout: {Actor} did {Action} on {Language} (version {Version})")]
    private static partial void LogChange(ILogger logger, string actor, string action, string language, int? version);
}

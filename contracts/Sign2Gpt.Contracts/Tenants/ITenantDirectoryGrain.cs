namespace Sign2Gpt.Contracts.Tenants;

/// <summary>Every tenant of the platform, for the operator's reports; one grain, keyed <see cref="Key"/>. Tenants enter it when configured.</summary>
[Alias("Sign2Gpt.ITenantDirectoryGrain")]
public interface ITenantDirectoryGrain : IGrainWithStringKey
{
    public const string Key = "all";

    [Alias("Register")]
    Task RegisterAsync(string tenantId, string displayName, CancellationToken cancellationToken = default);

    /// <summary>Tenant id → display name, ordered by id.</summary>
    [Alias("List")]
    Task<IReadOnlyDictionary<string, string>> ListAsync(CancellationToken cancellationToken = default);
}

namespace Sign2Gpt.Contracts.Tenants;

/// <summary>
/// One organisation using the platform, keyed by tenant id: its settings, API keys (only hashes are kept) and
/// the sessions it has open, against which quotas are enforced.
/// </summary>
[Alias("Sign2Gpt.ITenantGrain")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>Creates the tenant, or updates its settings.</summary>
    [Alias("Configure")]
    Task<TenantSettings> ConfigureAsync(TenantSettings settings, CancellationToken cancellationToken = default);

    /// <summary>The settings, or null for a tenant that was never configured.</summary>
    [Alias("GetSettings")]
    Task<TenantSettings?> GetSettingsAsync(CancellationToken cancellationToken = default);

    /// <summary>A new API key; its secret is in the answer and nowhere else.</summary>
    [Alias("IssueApiKey")]
    Task<IssuedApiKey> IssueApiKeyAsync(string label, CancellationToken cancellationToken = default);

    [Alias("RevokeApiKey")]
    Task<bool> RevokeApiKeyAsync(string keyId, CancellationToken cancellationToken = default);

    [Alias("ListApiKeys")]
    Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="apiKey"/> is a live key of this tenant.</summary>
    [Alias("VerifyApiKey")]
    Task<bool> VerifyApiKeyAsync(string apiKey, CancellationToken cancellationToken = default);

    /// <summary>Counts a session against the quotas, or refuses it with the reason.</summary>
    [Alias("AdmitSession")]
    Task<SessionAdmission> AdmitSessionAsync(Guid sessionId, string language, CancellationToken cancellationToken = default);

    /// <summary>A session ended: it no longer counts as open, and its video counts towards today's minutes.</summary>
    [Alias("ReleaseSession")]
    Task ReleaseSessionAsync(Guid sessionId, double videoSeconds, CancellationToken cancellationToken = default);
}

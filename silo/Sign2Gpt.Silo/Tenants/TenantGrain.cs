using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Silo.Hosting;

namespace Sign2Gpt.Silo.Tenants;

public sealed partial class TenantGrain(
    [PersistentState("tenant", SiloHostingExtensions.StorageName)] IPersistentState<TenantState> state,
    TimeProvider clock,
    ILogger<TenantGrain> logger) : Grain, ITenantGrain
{
    private TenantState S => state.State;

    private string TenantId => this.GetPrimaryKeyString();

    public async Task<TenantSettings> ConfigureAsync(TenantSettings settings, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(settings.DisplayName) || settings.Languages.Count == 0 || settings.MaxConcurrentSessions < 1 || settings.MaxVideoMinutesPerDay <= 0)
        {
            throw new SessionRejectedException(RejectionCode.InvalidRequest, "A tenant needs a name, at least one language, and positive quotas.");
        }

        if (!TenantId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new SessionRejectedException(RejectionCode.InvalidRequest, $"Tenant ids are ASCII letters, digits and dashes; '{TenantId}' is not.");
        }

        S.Settings = settings;
        await state.WriteStateAsync(cancellationToken);
        await GrainFactory.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).RegisterAsync(TenantId, settings.DisplayName, cancellationToken);
        return settings;
    }

    public Task<TenantSettings?> GetSettingsAsync(CancellationToken cancellationToken = default) => Task.FromResult(S.Settings);

    public async Task<IssuedApiKey> IssueApiKeyAsync(string label, CancellationToken cancellationToken = default)
    {
        EnsureExists();
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        S.ApiKeys.Add(new StoredApiKey(keyId, label, Hash(secret), clock.GetUtcNow(), null));
        await state.WriteStateAsync(cancellationToken);
        LogKeyIssued(logger, TenantId, keyId, label);
        return new IssuedApiKey(keyId, ApiKeyFormat.Compose(TenantId, keyId, secret));
    }

    public async Task<bool> RevokeApiKeyAsync(string keyId, CancellationToken cancellationToken = default)
    {
        var index = S.ApiKeys.FindIndex(k => k.KeyId == keyId && k.RevokedUtc is null);
        if (index < 0)
        {
            return false;
        }

        S.ApiKeys[index] = S.ApiKeys[index] with { RevokedUtc = clock.GetUtcNow() };
        await state.WriteStateAsync(cancellationToken);
        LogKeyRevoked(logger, TenantId, keyId);
        return true;
    }

    public Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ApiKeyInfo>>([.. S.ApiKeys.Select(k => new ApiKeyInfo(k.KeyId, k.Label, k.CreatedUtc, k.RevokedUtc))]);

    public Task<bool> VerifyApiKeyAsync(string apiKey, CancellationToken cancellationToken = default)
    {
        if (S.Settings is null || !ApiKeyFormat.TryParse(apiKey, out var tenant, out var keyId, out var secret) || tenant != TenantId)
        {
            return Task.FromResult(false);
        }

        var stored = S.ApiKeys.Find(k => k.KeyId == keyId && k.RevokedUtc is null);
        var valid = stored is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.SecretHash), Encoding.ASCII.GetBytes(Hash(secret)));
        return Task.FromResult(valid);
    }

    public async Task<SessionAdmission> AdmitSessionAsync(Guid sessionId, string language, CancellationToken cancellationToken = default)
    {
        if (S.Settings is not { } settings)
        {
            return new SessionAdmission(false, RejectionCode.UnknownTenant, $"There is no tenant '{TenantId}'.");
        }

        if (!settings.Languages.Contains(language))
        {
            return new SessionAdmission(false, RejectionCode.LanguageNotEnabled, $"Tenant '{TenantId}' translates {string.Join(", ", settings.Languages)}; not '{language}'.");
        }

        if (S.OpenSessions.Contains(sessionId))
        {
            return new SessionAdmission(true);
        }

        RollDay();
        if (S.OpenSessions.Count >= settings.MaxConcurrentSessions)
        {
            return new SessionAdmission(false, RejectionCode.QuotaExceeded, $"Tenant '{TenantId}' already has {S.OpenSessions.Count} sessions open, its limit.");
        }

        if (S.VideoSecondsToday >= settings.MaxVideoMinutesPerDay * 60)
        {
            return new SessionAdmission(false, RejectionCode.QuotaExceeded, $"Tenant '{TenantId}' has used its {settings.MaxVideoMinutesPerDay:0.#} minutes of video for today (UTC).");
        }

        S.OpenSessions.Add(sessionId);
        await state.WriteStateAsync(cancellationToken);
        return new SessionAdmission(true);
    }

    public async Task ReleaseSessionAsync(Guid sessionId, double videoSeconds, CancellationToken cancellationToken = default)
    {
        if (!S.OpenSessions.Remove(sessionId))
        {
            return;
        }

        RollDay();
        S.VideoSecondsToday += videoSeconds;
        await state.WriteStateAsync(cancellationToken);
    }

    private void RollDay()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (S.Day != today)
        {
            S.Day = today;
            S.VideoSecondsToday = 0;
        }
    }

    private void EnsureExists()
    {
        if (S.Settings is null)
        {
            throw new SessionRejectedException(RejectionCode.UnknownTenant, $"There is no tenant '{TenantId}'.");
        }
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    [LoggerMessage(Level = LogLevel.Information, Message = "API key {KeyId} ({Label}) issued for tenant {TenantId}")]
    private static partial void LogKeyIssued(ILogger logger, string tenantId, string keyId, string label);

    [LoggerMessage(Level = LogLevel.Information, Message = "API key {KeyId} of tenant {TenantId} revoked")]
    private static partial void LogKeyRevoked(ILogger logger, string tenantId, string keyId);
}

using Sign2Gpt.Contracts.Tenants;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

public static class Tenants
{
    public static async Task<string> CreateAsync(IGrainFactory grains, int maxSessions = 10, double minutesPerDay = 600)
    {
        var id = "t-" + Guid.NewGuid().ToString("N")[..10];
        await grains.GetGrain<ITenantGrain>(id).ConfigureAsync(new TenantSettings("Test tenant", ["de", "en"], maxSessions, minutesPerDay));
        return id;
    }

    /// <summary>A new tenant's API key.</summary>
    public static async Task<string> IssueKeyAsync(IGrainFactory grains)
    {
        var tenantId = await CreateAsync(grains);
        return (await grains.GetGrain<ITenantGrain>(tenantId).IssueApiKeyAsync("tests")).ApiKey;
    }
}

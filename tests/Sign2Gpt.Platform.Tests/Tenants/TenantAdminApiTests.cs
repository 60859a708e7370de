using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Tenants;

/// <summary>Onboarding a tenant on an empty deployment over the admin API: settings, an API key that works, a portal account.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TenantAdminApiTests(PlatformCluster platform)
{
    [Fact]
    public async Task The_operator_creates_a_tenant_issues_it_a_working_key_and_an_admin_account_and_nobody_else_can()
    {
        await using var host = await IngestHost.StartAsync(platform);
        using var operatorClient = host.Client(IngestHost.OperatorKey);
        using var stranger = host.Client("s2g.demo.0000.not-an-operator");
        var tenantId = "onboard-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new { display_name = "Onboarded", languages = new[] { "de" }, max_concurrent_sessions = 3, max_video_minutes_per_day = 90.0 };

        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.PutAsJsonAsync($"/v1/admin/tenants/{tenantId}", settings)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/keys", new { label = "app" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorClient.PutAsJsonAsync($"/v1/admin/tenants/{tenantId}", settings with { languages = Array.Empty<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.PutAsJsonAsync($"/v1/admin/tenants/{tenantId}", settings)).StatusCode);
        var stored = (await platform.Grains.GetGrain<ITenantGrain>(tenantId).GetSettingsAsync())!;
        Assert.Equal(("Onboarded", 3, 90.0), (stored.DisplayName, stored.MaxConcurrentSessions, stored.MaxVideoMinutesPerDay));
        Assert.Equal(["de"], stored.Languages);

        using var issued = await operatorClient.PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/keys", new { label = "ios app" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var apiKey = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("api_key").GetString()!;
        Assert.True(await platform.Grains.GetGrain<ITenantGrain>(tenantId).VerifyApiKeyAsync(apiKey));

        var account = new { email = $"Admin@{tenantId}.example", password = "a-long-enough-password", role = "tenant_admin", display_name = "Admin" };
        Assert.Equal(HttpStatusCode.Created, (await operatorClient.PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/accounts", account)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await operatorClient.PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/accounts", account)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorClient.PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/accounts", account with { email = $"short@{tenantId}.example", password = "short" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorClient.PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/accounts", account with { email = $"op@{tenantId}.example", role = "platform_operator" })).StatusCode);
        var created = await platform.Grains.GetGrain<IAccountGrain>(Account.KeyOf(account.email)).GetAsync();
        Assert.Equal((tenantId, AccountRole.TenantAdmin), (created!.TenantId, created.Role));
        Assert.NotEqual(account.password, created.PasswordHash);
    }
}

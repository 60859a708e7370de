using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Tenants;

[Collection(PlatformCollection.Name)]
public sealed class TenantGrainTests(PlatformCluster platform)
{
    [Fact]
    public async Task An_issued_key_verifies_until_revoked_and_only_for_its_own_tenant()
    {
        var first = await Infrastructure.Tenants.CreateAsync(platform.Grains);
        var second = await Infrastructure.Tenants.CreateAsync(platform.Grains);
        var tenant = platform.Grains.GetGrain<ITenantGrain>(first);

        var issued = await tenant.IssueApiKeyAsync("phone app");

        Assert.True(await tenant.VerifyApiKeyAsync(issued.ApiKey));
        Assert.False(await platform.Grains.GetGrain<ITenantGrain>(second).VerifyApiKeyAsync(issued.ApiKey));
        Assert.False(await tenant.VerifyApiKeyAsync(issued.ApiKey[..^1] + (issued.ApiKey[^1] == '0' ? '1' : '0')));
        var listed = Assert.Single(await tenant.ListApiKeysAsync());
        Assert.Equal("phone app", listed.Label);
        Assert.DoesNotContain(issued.ApiKey.Split('.')[3], listed.ToString(), StringComparison.Ordinal);

        Assert.True(await tenant.RevokeApiKeyAsync(issued.KeyId));
        Assert.False(await tenant.VerifyApiKeyAsync(issued.ApiKey));
        Assert.False(await tenant.RevokeApiKeyAsync(issued.KeyId));
    }

    [Fact]
    public async Task The_concurrent_session_quota_refuses_one_session_too_many_and_frees_the_slot_when_one_ends()
    {
        var tenantId = await Infrastructure.Tenants.CreateAsync(platform.Grains, maxSessions: 1);
        var start = new SessionStart(tenantId, "user", "de", VideoChunkFormat.Container, 25);
        var first = platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await first.StartAsync(start);

        var refused = await Assert.ThrowsAsync<SessionRejectedException>(() => platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(start));
        Assert.Equal(RejectionCode.QuotaExceeded, refused.Code);

        await platform.Grains.GetGrain<ITenantGrain>(tenantId).ReleaseSessionAsync(first.GetPrimaryKey(), 1);
        await platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(start);
    }

    [Fact]
    public async Task Sessions_of_unknown_tenants_and_languages_the_tenant_lacks_are_refused()
    {
        var unknown = await Assert.ThrowsAsync<SessionRejectedException>(() =>
            platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(new SessionStart("nobody", "user", "de", VideoChunkFormat.Container, 25)));
        Assert.Equal(RejectionCode.UnknownTenant, unknown.Code);

        var tenantId = await Infrastructure.Tenants.CreateAsync(platform.Grains);
        var language = await Assert.ThrowsAsync<SessionRejectedException>(() =>
            platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(new SessionStart(tenantId, "user", "fr", VideoChunkFormat.Container, 25)));
        Assert.Equal(RejectionCode.LanguageNotEnabled, language.Code);
    }
}

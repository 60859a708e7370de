using Microsoft.Playwright;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class PortalTenancyTests(PortalPlatform platform)
{
    private static readonly string[] SessionFiles = ["video", "export.json", "subtitles.vtt"];

    [Fact]
    public async Task Another_tenants_admin_gets_nothing_of_a_session_by_its_url_while_its_own_tenant_admin_sees_it()
    {
        var owner = await platform.SignInAsync(AccountRole.TenantUser);
        var sessionId = await PortalPages.UploadAsync(owner, DemoVideo.Path, "en");
        var text = await PortalPages.FinalTextAsync(owner);

        var sameTenantAdmin = await platform.SignInAsync(AccountRole.TenantAdmin);
        var (_, email, password) = await platform.CreateTenantAsync(AccountRole.TenantAdmin);
        var otherTenantAdmin = await platform.SignInAsync(email, password);

        await sameTenantAdmin.GotoAsync($"sessions/{sessionId}");
        Assert.Equal(text, await PortalPages.FinalTextAsync(sameTenantAdmin));
        await otherTenantAdmin.GotoAsync($"sessions/{sessionId}");
        await otherTenantAdmin.GetByRole(AriaRole.Alert).Filter(new() { HasText = "no such session" }).WaitForAsync();
        Assert.Equal(0, await otherTenantAdmin.Locator("#session-video").CountAsync());
        Assert.DoesNotContain(text, await otherTenantAdmin.ContentAsync(), StringComparison.Ordinal);

        foreach (var file in SessionFiles)
        {
            Assert.Equal(200, (await sameTenantAdmin.APIRequest.GetAsync($"portal/sessions/{sessionId}/{file}")).Status);
            Assert.Equal(404, (await otherTenantAdmin.APIRequest.GetAsync($"portal/sessions/{sessionId}/{file}")).Status);
        }

        var unknown = Guid.NewGuid();
        await owner.GotoAsync($"sessions/{unknown}");
        await owner.GetByRole(AriaRole.Alert).Filter(new() { HasText = "no such session" }).WaitForAsync();
        Assert.Equal(404, (await owner.APIRequest.GetAsync($"portal/sessions/{unknown}/video")).Status);

        await otherTenantAdmin.GotoAsync("history");
        await otherTenantAdmin.GetByText("No translations yet").WaitForAsync();
        foreach (var page in (IPage[])[owner, sameTenantAdmin, otherTenantAdmin])
        {
            await page.Context.CloseAsync();
        }
    }
}

using System.Globalization;
using Microsoft.Playwright;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Usage;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class PortalUsageTests(PortalPlatform platform)
{
    /// <summary>A tenant of its own: the other tests' sessions (some still ending in the background) never count here.</summary>
    [Fact]
    public async Task Admins_see_the_sessions_just_run_as_charts_table_and_csv_and_only_of_tenants_they_may_see()
    {
        var (tenant, email, password) = await platform.CreateTenantAsync(AccountRole.TenantAdmin);
        var session = platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(new SessionStart(tenant, "usage-test", "de", VideoChunkFormat.Container, 25));
        var chunks = DemoVideo.Chunks(256 * 1024);
        await Infrastructure.Sessions.SendAsync(session, chunks, 0, chunks.Count);
        await session.EndAsync(chunks.Count - 1);
        Assert.Equal(SessionStatus.Completed, (await Infrastructure.Sessions.WaitForEndAsync(session, PortalPages.TranslationTimeout)).Status);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var line = Assert.Single((await platform.Grains.GetGrain<IUsageGrain>(UsageKey.For(tenant, today)).GetAsync()).Lines);
        Assert.Equal(("de", 1), (line.Language, line.Sessions));
        Assert.True(line.Frames > 0 && line.Tokens > 0);

        var admin = await platform.SignInAsync(email, password);
        await admin.GotoAsync("admin/usage");
        await admin.WaitForSelectorAsync("form[data-interactive]");
        var row = admin.Locator($"tr[data-day='{day}'][data-tenant='{tenant}'][data-language='de']");
        Assert.Equal("1", await row.Locator("[data-measure=sessions]").InnerTextAsync());
        Assert.Equal(line.Frames.ToString(CultureInfo.InvariantCulture), await row.Locator("[data-measure=frames]").InnerTextAsync());
        Assert.Equal(line.Tokens.ToString(CultureInfo.InvariantCulture), await row.Locator("[data-measure=tokens]").InnerTextAsync());
        Assert.Equal(4, await admin.Locator("figure.usage-chart svg").CountAsync());
        Assert.True(await admin.Locator("figure.usage-chart rect").CountAsync() >= 4);
        await PortalPages.AssertAccessibleAsync(admin);
        await PortalPages.ScreenshotAsync(admin, "usage");

        var csv = await (await admin.APIRequest.GetAsync($"portal/usage.csv?from={day}&to={day}")).TextAsync();
        Assert.Equal($"day,tenant,language,sessions,failed,video_minutes,frames,tokens\n{day},{tenant},de,1,0,", csv[..(csv.IndexOf(",de,1,0,", StringComparison.Ordinal) + 8)]);
        Assert.EndsWith($",{line.Frames},{line.Tokens}\n", csv, StringComparison.Ordinal);

        var demoAdmin = await platform.SignInAsync(AccountRole.TenantAdmin);
        var demoCsv = await (await demoAdmin.APIRequest.GetAsync($"portal/usage.csv?from={day}&to={day}&tenant={tenant}")).TextAsync();
        Assert.DoesNotContain(tenant, demoCsv, StringComparison.Ordinal);
        await demoAdmin.GotoAsync("admin/usage");
        await demoAdmin.WaitForSelectorAsync("form[data-interactive]");
        Assert.Equal(0, await demoAdmin.Locator($"tr[data-tenant='{tenant}']").CountAsync());
        Assert.Equal(0, await demoAdmin.Locator("#usage-tenant").CountAsync());

        var operatorPage = await platform.SignInAsync(AccountRole.PlatformOperator);
        await operatorPage.GotoAsync("admin/usage");
        await operatorPage.WaitForSelectorAsync("form[data-interactive]");
        await operatorPage.Locator($"tr[data-tenant='{tenant}'][data-day='{day}']").WaitForAsync();
        await operatorPage.SelectOptionAsync("#usage-tenant", "demo");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await operatorPage.Locator($"tr[data-tenant='{tenant}']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("demo", await operatorPage.Locator("#usage-tenant").InputValueAsync());

        var bad = await admin.APIRequest.GetAsync($"portal/usage.csv?from={day}&to={today.AddDays(-1):yyyy-MM-dd}");
        Assert.Equal(400, bad.Status);
        foreach (var page in (IPage[])[admin, demoAdmin, operatorPage])
        {
            await page.Context.CloseAsync();
        }
    }
}

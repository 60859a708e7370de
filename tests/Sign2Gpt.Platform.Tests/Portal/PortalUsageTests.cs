using Microsoft.Playwright;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Usage;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class PortalUsageTests(PortalPlatform platform)
{
    [Fact]
    public async Task Admins_see_the_sessions_just_run_as_charts_table_and_csv_and_only_of_tenants_they_may_see()
    {
        var session = platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(new SessionStart("demo", "usage-test", "de", VideoChunkFormat.Container, 25));
        var chunks = DemoVideo.Chunks(256 * 1024);
        await Infrastructure.Sessions.SendAsync(session, chunks, 0, chunks.Count);
        await session.EndAsync(chunks.Count - 1);
        Assert.Equal(SessionStatus.Completed, (await Infrastructure.Sessions.WaitForEndAsync(session, PortalPages.TranslationTimeout)).Status);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var lines = (await platform.Grains.GetGrain<IUsageGrain>(UsageKey.For("demo", today)).GetAsync()).Lines.Where(l => l.Language == "de").ToList();
        var (sessions, frames, tokens) = (lines.Sum(l => l.Sessions), lines.Sum(l => l.Frames), lines.Sum(l => l.Tokens));
        Assert.True(sessions >= 1 && frames > 0 && tokens > 0);

        var admin = await platform.SignInAsync(AccountRole.TenantAdmin);
        await admin.GotoAsync("admin/usage");
        await admin.WaitForSelectorAsync("form[data-interactive]");
        var row = admin.Locator($"tr[data-day='{day}'][data-tenant='demo'][data-language='de']");
        Assert.Equal(sessions.ToString(System.Globalization.CultureInfo.InvariantCulture), await row.Locator("[data-measure=sessions]").InnerTextAsync());
        Assert.Equal(frames.ToString(System.Globalization.CultureInfo.InvariantCulture), await row.Locator("[data-measure=frames]").InnerTextAsync());
        Assert.Equal(tokens.ToString(System.Globalization.CultureInfo.InvariantCulture), await row.Locator("[data-measure=tokens]").InnerTextAsync());
        Assert.Equal(4, await admin.Locator("figure.usage-chart svg").CountAsync());
        Assert.True(await admin.Locator("figure.usage-chart rect").CountAsync() >= 4);
        await PortalPages.AssertAccessibleAsync(admin);
        await PortalPages.ScreenshotAsync(admin, "usage");

        var csv = await (await admin.APIRequest.GetAsync($"portal/usage.csv?from={day}&to={day}")).TextAsync();
        Assert.StartsWith("day,tenant,language,sessions,failed,video_minutes,frames,tokens\n", csv, StringComparison.Ordinal);
        Assert.Contains($"\n{day},demo,de,{sessions},", csv, StringComparison.Ordinal);
        Assert.Contains($",{frames},{tokens}\n", csv, StringComparison.Ordinal);

        var (otherTenant, email, password) = await platform.CreateTenantAsync(AccountRole.TenantAdmin);
        var other = await platform.SignInAsync(email, password);
        var otherCsv = await (await other.APIRequest.GetAsync($"portal/usage.csv?from={day}&to={day}&tenant=demo")).TextAsync();
        Assert.DoesNotContain(",demo,", otherCsv, StringComparison.Ordinal);
        await other.GotoAsync("admin/usage");
        await other.WaitForSelectorAsync("form[data-interactive]");
        Assert.Equal(0, await other.Locator("tr[data-tenant='demo']").CountAsync());
        Assert.Equal(0, await other.Locator("#usage-tenant").CountAsync());

        var operatorPage = await platform.SignInAsync(AccountRole.PlatformOperator);
        await operatorPage.GotoAsync("admin/usage");
        await operatorPage.WaitForSelectorAsync("form[data-interactive]");
        await operatorPage.Locator($"tr[data-tenant='demo'][data-day='{day}']").First.WaitForAsync();
        await operatorPage.SelectOptionAsync("#usage-tenant", otherTenant);
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await operatorPage.Locator("[data-testid=usage-summary]", new() { HasTextString = "0 sessions" }).WaitForAsync();
        Assert.Equal(0, await operatorPage.Locator("tr[data-tenant='demo']").CountAsync());

        var bad = await admin.APIRequest.GetAsync($"portal/usage.csv?from={day}&to={today.AddDays(-1):yyyy-MM-dd}");
        Assert.Equal(400, bad.Status);
        foreach (var page in (IPage[])[admin, other, operatorPage])
        {
            await page.Context.CloseAsync();
        }
    }
}

using Microsoft.Playwright;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class PortalRolloutTests(PortalPlatform platform)
{
    [Fact]
    public async Task An_operator_publishes_canaries_promotes_and_rolls_back_a_version_and_an_open_admin_page_follows_live()
    {
        var registry = platform.Grains.GetGrain<IAdapterRegistryGrain>("de");
        var version = await DemoAdapters.NextVersionAsync(registry);
        var liveBefore = (await registry.GetRolloutAsync()).Live;
        var adapterFile = Path.Combine(Path.GetTempPath(), $"de-v{version}-{Guid.NewGuid():N}.onnx_adapter");
        await File.WriteAllBytesAsync(adapterFile, DemoAdapters.Relabelled("en", version));
        var operatorEmail = platform.DemoAccounts[AccountRole.PlatformOperator].Email;

        var page = await platform.SignInAsync(AccountRole.PlatformOperator);
        await OpenAsync(page);
        var admin = await platform.SignInAsync(AccountRole.TenantAdmin);
        await OpenAsync(admin);

        await page.SetInputFilesAsync("#adapter-file", adapterFile);
        await page.FillAsync("#adapter-bleu4", "12.5");
        await page.FillAsync("#adapter-rouge", "30.25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.GetByText($"Published de@v{version}.").WaitForAsync();
        var row = page.Locator($"tr[data-version='{version}']");
        Assert.Contains("12.50", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("30.25", await row.InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#canary-share", "50");
        await ConfirmAsync(page, $"Canary v{version}");
        await Expect(page, "canary", $"de@v{version} for 50 % of new sessions");
        Assert.Equal((version, 0.5), ((await registry.GetRolloutAsync()).Canary!.Value, (await registry.GetRolloutAsync()).CanaryShare));

        await ConfirmAsync(page, $"Promote v{version}");
        await Expect(page, "live", $"de@v{version}");
        await Expect(admin, "live", $"de@v{version}");
        await Expect(admin, "serving", $"de@v{version}");
        Assert.Equal(version, (await registry.GetRolloutAsync()).Live);
        await PortalPages.AssertAccessibleAsync(page);
        await PortalPages.ScreenshotAsync(page, "rollout");

        await ConfirmAsync(page, "Roll back");
        await Expect(page, "live", liveBefore is { } before ? $"de@v{before}" : "the model's shipped adapter");
        Assert.Equal(liveBefore, (await registry.GetRolloutAsync()).Live);

        var history = (await registry.GetRolloutAsync()).History.Where(e => e.Actor == operatorEmail).Select(e => e.Action).ToList();
        Assert.Equal(["publish", "canary", "promote", "rollback"], history.TakeLast(4));
        foreach (var action in (string[])["publish", "canary", "promote", "rollback"])
        {
            Assert.True(await page.Locator("table.history td", new() { HasTextString = action }).CountAsync() > 0, $"history lists {action}");
        }

        File.Delete(adapterFile);
        await page.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task A_tenant_admin_pins_only_their_own_tenant_and_sees_no_other_tenants_pins()
    {
        var registry = platform.Grains.GetGrain<IAdapterRegistryGrain>("en");
        var version = await DemoAdapters.NextVersionAsync(registry);
        await registry.PublishAsync(new AdapterPublication(DemoAdapters.Relabelled("en", version), null, "tests", new Dictionary<string, double>()));
        var (otherTenant, _, _) = await platform.CreateTenantAsync(AccountRole.TenantUser);
        await registry.PinTenantAsync(otherTenant, version, "tests");

        var admin = await platform.SignInAsync(AccountRole.TenantAdmin);
        await OpenAsync(admin);
        await admin.SelectOptionAsync("#rollout-language", "en");
        await admin.Locator($"tr[data-version='{version}']").WaitForAsync();
        Assert.Equal(0, await admin.GetByRole(AriaRole.Button, new() { Name = $"Promote v{version}" }).CountAsync());
        Assert.DoesNotContain(otherTenant, await admin.ContentAsync(), StringComparison.Ordinal);

        await ConfirmAsync(admin, $"Pin my tenant to v{version}");
        await Expect(admin, "serving", $"en@v{version}");
        Assert.Equal(version, (await registry.GetRolloutAsync()).Pins["demo"]);
        await ConfirmAsync(admin, "Unpin tenant demo");
        await admin.GetByText("No tenant is pinned").WaitForAsync();
        Assert.False((await registry.GetRolloutAsync()).Pins.ContainsKey("demo"));
        Assert.Equal(version, (await registry.GetRolloutAsync()).Pins[otherTenant]);

        var user = await platform.SignInAsync(AccountRole.TenantUser);
        await user.GotoAsync("admin/adapters");
        await user.GetByText("You do not have access to this page.").WaitForAsync();
        await admin.Context.CloseAsync();
        await user.Context.CloseAsync();
    }

    private static async Task OpenAsync(IPage page)
    {
        await page.GotoAsync("admin/adapters");
        await page.WaitForSelectorAsync("[data-interactive]");
    }

    private static async Task ConfirmAsync(IPage page, string action)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Alertdialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private static async Task Expect(IPage page, string testId, string text) =>
        await page.Locator($"[data-testid={testId}]", new() { HasTextString = text }).WaitForAsync(new() { Timeout = 15_000 });
}

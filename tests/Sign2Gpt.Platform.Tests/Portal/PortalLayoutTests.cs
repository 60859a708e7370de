using Microsoft.Playwright;
using Sign2Gpt.Contracts.Accounts;

namespace Sign2Gpt.Platform.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class PortalLayoutTests(PortalPlatform platform)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Theory]
    [InlineData("translate")]
    [InlineData("history")]
    [InlineData("admin/adapters")]
    [InlineData("admin/usage")]
    [InlineData("admin/training")]
    public async Task At_phone_width_pages_fit_the_screen_and_keep_their_navigation(string path)
    {
        var page = await platform.SignInAsync(AccountRole.PlatformOperator, Phone);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("h1");

        await PortalPages.AssertFitsWidthAsync(page);
        foreach (var link in (string[])["Translate", "History", "Adapters", "Training", "Usage"])
        {
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).IsVisibleAsync(), $"{link} is reachable at phone width");
        }

        await PortalPages.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_sign_in_and_signs_in()
    {
        var context = await platform.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("login");

        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.querySelector('a[href], button, input, select').textContent.trim()"));
        // The page focuses its heading on load, so the first Tab lands in the form, past the navigation.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("email", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync(platform.DemoAccounts[AccountRole.TenantUser].Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(platform.DemoAccounts[AccountRole.TenantUser].Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), PortalPages.Committed);
        await context.CloseAsync();
    }
}

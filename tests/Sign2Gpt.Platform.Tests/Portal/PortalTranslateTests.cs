using System.Text.Json;
using Microsoft.Playwright;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class PortalTranslateTests(PortalPlatform platform)
{
    [Fact]
    public async Task A_signed_in_user_uploads_the_demo_video_and_gets_the_offline_translation_its_timeline_exports_and_history()
    {
        var expected = await DemoVideo.TranslateOfflineAsync("de");
        var page = await platform.SignInAsync(AccountRole.TenantUser);
        await PortalPages.AssertAccessibleAsync(page);

        var sessionId = await PortalPages.UploadAsync(page, DemoVideo.Path, "de");
        Assert.Equal(expected.Text, await PortalPages.FinalTextAsync(page));

        await page.WaitForSelectorAsync(".session-result[data-interactive]");
        var segments = page.Locator(".gloss-segment");
        Assert.True(await segments.CountAsync() >= 1, "the timeline shows at least one localised gloss");
        Assert.True(await page.Locator(".heatmap-plot rect").CountAsync() > 0, "the heat map has cells");

        await page.WaitForFunctionAsync("() => document.querySelector('#session-video').readyState >= 1");
        var starts = new List<double>();
        foreach (var segment in await segments.AllAsync())
        {
            starts.Add(PortalPages.Seconds(await segment.GetAttributeAsync("data-seek")));
        }

        var latest = starts.IndexOf(starts.Max());
        Assert.True(starts[latest] > 0, "some gloss starts after the video's first frame");
        Assert.Equal(0, await PortalPages.VideoTimeAsync(page), 3);
        await segments.Nth(latest).ClickAsync();
        Assert.Equal(starts[latest], await PortalPages.VideoTimeAsync(page), 2);
        var share = await page.Locator(".session-result").GetAttributeAsync("data-playhead-share");
        Assert.True(PortalPages.Seconds(share) > 0, "the playhead moved along the timeline");
        await PortalPages.AssertAccessibleAsync(page);
        await PortalPages.ScreenshotAsync(page, "translate-result");
        await page.SetViewportSizeAsync(390, 844);
        await PortalPages.AssertFitsWidthAsync(page);
        await PortalPages.ScreenshotAsync(page, "translate-result-phone");
        await page.SetViewportSizeAsync(1280, 900);

        var export = await page.APIRequest.GetAsync($"portal/sessions/{sessionId}/export.json");
        Assert.Equal(200, export.Status);
        using var json = JsonDocument.Parse(await export.TextAsync());
        Assert.Equal(expected.Text, json.RootElement.GetProperty("text").GetString());
        Assert.Equal(expected.Glosses.Count, json.RootElement.GetProperty("glosses").GetArrayLength());
        var subtitles = await page.APIRequest.GetAsync($"portal/sessions/{sessionId}/subtitles.vtt");
        var vtt = await subtitles.TextAsync();
        Assert.StartsWith("WEBVTT", vtt, StringComparison.Ordinal);
        Assert.Contains(expected.Text, vtt, StringComparison.Ordinal);

        await page.GotoAsync("history");
        var row = page.Locator($"a[href='sessions/{sessionId}']");
        await row.WaitForAsync();
        Assert.Equal(expected.Text, (await row.InnerTextAsync()).Trim());
        await page.WaitForSelectorAsync("form.history-search[data-interactive]");
        await page.FillAsync("#history-search", "no translation says this");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByText("No translations match this search").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_a_video_is_refused_with_a_clear_message_and_nothing_starts()
    {
        var notVideo = Path.Combine(Path.GetTempPath(), $"sign2gpt-not-a-video-{Guid.NewGuid():N}.mp4");
        await File.WriteAllTextAsync(notVideo, "these are words, not frames");
        var page = await platform.SignInAsync(AccountRole.TenantUser);
        await page.GotoAsync("translate");
        await page.WaitForSelectorAsync("form[data-interactive]");
        await page.SetInputFilesAsync("#video", notVideo);
        await page.GetByRole(AriaRole.Button, new() { Name = "Translate", Exact = true }).ClickAsync();

        var error = page.Locator("#upload-error .alert");
        await error.WaitForAsync();
        Assert.Contains("not an MP4 or WebM video", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/translate", page.Url, StringComparison.Ordinal);
        File.Delete(notVideo);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_video_over_the_size_limit_is_refused_before_it_is_uploaded()
    {
        var large = Path.Combine(Path.GetTempPath(), $"sign2gpt-large-{Guid.NewGuid():N}.mp4");
        await using (var file = File.Create(large))
        {
            file.SetLength(PortalPlatform.MaxUploadBytes + 1);
        }

        var page = await platform.SignInAsync(AccountRole.TenantUser);
        await page.GotoAsync("translate");
        await page.WaitForSelectorAsync("form[data-interactive]");
        await page.SetInputFilesAsync("#video", large);

        var error = page.Locator("#upload-error .alert");
        await error.WaitForAsync();
        Assert.Contains("videos can be up to 8 MB", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Translate", Exact = true }).IsDisabledAsync());
        File.Delete(large);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sign_in_refuses_a_wrong_password_and_pages_need_a_signed_in_user()
    {
        var context = await platform.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("history");
        Assert.Contains("/login?ReturnUrl=%2Fhistory", page.Url, StringComparison.Ordinal);
        await PortalPages.AssertAccessibleAsync(page);
        await page.FillAsync("#email", platform.DemoAccounts[AccountRole.TenantUser].Email);
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("button[type=submit]");
        await page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "not right" }).WaitForAsync();
        Assert.Equal(0, (await context.CookiesAsync()).Count(c => c.Name == "sign2gpt.portal"));

        await page.FillAsync("#email", platform.DemoAccounts[AccountRole.TenantUser].Email);
        await page.FillAsync("#password", platform.DemoAccounts[AccountRole.TenantUser].Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/history", PortalPages.Committed);
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == "sign2gpt.portal");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);

        var forged = await page.APIRequest.PostAsync("logout");
        Assert.Equal(400, forged.Status);
        await page.GotoAsync("history");
        Assert.EndsWith("/history", page.Url, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/login", PortalPages.Committed);
        await page.GotoAsync("translate");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await context.CloseAsync();
    }
}

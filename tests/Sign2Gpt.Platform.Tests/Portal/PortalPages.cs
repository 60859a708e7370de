using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sign2Gpt.Platform.Tests.Portal;

/// <summary>What the portal tests do on pages, in one place.</summary>
public static class PortalPages
{
    public static readonly TimeSpan TranslationTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Waiting for a navigation to commit, not for its load event: when the navigation finished before the wait began,
    /// Playwright waits for a load event that already fired and times out. Tests wait for the elements they need.
    /// </summary>
    public static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>Uploads <paramref name="video"/> on the translate page and returns the session the portal opened for it.</summary>
    public static async Task<Guid> UploadAsync(IPage page, string video, string language)
    {
        await page.GotoAsync("translate");
        await page.WaitForSelectorAsync("form[data-interactive]");
        await page.SelectOptionAsync("#language", language);
        await page.SetInputFilesAsync("#video", video);
        await page.GetByRole(AriaRole.Button, new() { Name = "Translate", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/sessions/**", new() { WaitUntil = WaitUntilState.Commit, Timeout = (float)TranslationTimeout.TotalMilliseconds });
        return Guid.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
    }

    /// <summary>Waits for the final sentence on a session page and returns it.</summary>
    public static async Task<string> FinalTextAsync(IPage page)
    {
        var final = page.Locator("[data-testid=final]");
        await final.WaitForAsync(new() { Timeout = (float)TranslationTimeout.TotalMilliseconds });
        return (await final.InnerTextAsync()).Trim();
    }

    public static async Task<double> VideoTimeAsync(IPage page) =>
        await page.EvaluateAsync<double>("() => document.querySelector('#session-video').currentTime");

    /// <summary>No serious or critical axe-core violation on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>Nothing makes the page scroll sideways (tables may scroll inside their own box).</summary>
    public static async Task AssertFitsWidthAsync(IPage page)
    {
        var (content, viewport) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(content <= viewport, $"{page.Url} is {content} px wide in a {viewport} px window");
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(PortalPlatform.Screenshots, name + ".png"), FullPage = true });

    public static double Seconds(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
}

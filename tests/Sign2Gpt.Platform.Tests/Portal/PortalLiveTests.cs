using System.Text.Json;
using Microsoft.Playwright;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Web.Portal.Translate;

namespace Sign2Gpt.Platform.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class PortalLiveTests(PortalPlatform platform)
{
    private static readonly byte[] EbmlMagic = [0x1A, 0x45, 0xDF, 0xA3];

    /// <summary>The session's chunk limit, which the live endpoints apply too.</summary>
    private const int MaxChunkBytes = 2 * 1024 * 1024;

    [Fact]
    public async Task A_signed_in_user_translates_live_from_the_camera_sees_the_translation_grow_and_gets_a_seekable_recording()
    {
        var page = await platform.SignInAsync(AccountRole.TenantUser);
        await page.GotoAsync("translate");
        await page.GetByRole(AriaRole.Link, new() { Name = "translate live from your camera" }).ClickAsync();
        await page.WaitForURLAsync("**/translate/live", PortalPages.Committed);
        await page.WaitForSelectorAsync(".live-translate[data-interactive]");
        await PortalPages.AssertAccessibleAsync(page);
        await page.SelectOptionAsync("#language", "de");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start camera" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.live-preview').readyState >= 2");

        // From here on the keyboard alone: each step moves the focus to the control that comes next.
        await page.WaitForFunctionAsync("() => document.activeElement?.textContent === 'Start translating'");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=partial]").WaitForAsync(new() { Timeout = (float)PortalPages.TranslationTimeout.TotalMilliseconds });
        Assert.NotEmpty((await page.Locator("[data-testid=partial]").InnerTextAsync()).Trim());
        await page.WaitForFunctionAsync(
            "() => { const [m, s] = document.querySelector('[data-testid=elapsed]').textContent.split(':').map(Number); return m * 60 + s >= 8; }",
            null,
            new() { Timeout = (float)PortalPages.TranslationTimeout.TotalMilliseconds });
        await PortalPages.ScreenshotAsync(page, "translate-live-recording");
        await PortalPages.AssertAccessibleAsync(page);
        Assert.Equal("Stop", await page.EvaluateAsync<string>("() => document.activeElement?.textContent"));
        await page.Keyboard.PressAsync("Enter");

        var text = await PortalPages.FinalTextAsync(page);
        Assert.NotEmpty(text);
        Assert.Contains("complete", await page.Locator("[data-testid=live-status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#live-error .alert").CountAsync());
        await PortalPages.AssertAccessibleAsync(page);
        await PortalPages.ScreenshotAsync(page, "translate-live-result");

        var href = await page.Locator("[data-testid=result-link]").GetAttributeAsync("href");
        var sessionId = Guid.Parse(href!["sessions/".Length..]);
        var video = await page.APIRequest.GetAsync($"portal/sessions/{sessionId}/video");
        Assert.Equal(200, video.Status);
        Assert.Equal(UploadPreparer.WebM, video.Headers["content-type"]);
        Assert.Equal(EbmlMagic, (await video.BodyAsync())[..4]);

        // The camera's WebM is a stream without duration or cues; the portal rewrites it once the session ends, so
        // that the result page's player knows its length and can seek to a gloss.
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the result" }).ClickAsync();
        await page.WaitForURLAsync($"**/sessions/{sessionId}", PortalPages.Committed);
        // The interactive render replaces the prerendered page, video element included: wait for it before the player.
        await page.Locator(".session-result[data-interactive] #session-video").WaitForAsync();
        Assert.Equal(text, await PortalPages.FinalTextAsync(page));
        await page.WaitForFunctionAsync("() => document.querySelector('#session-video')?.readyState >= 1");
        var duration = await page.EvaluateAsync<double?>("() => Number.isFinite(document.querySelector('#session-video').duration) ? document.querySelector('#session-video').duration : null");
        Assert.True(duration >= 7, $"the recording plays with a known duration of at least the 8 s recorded, not {duration?.ToString() ?? "unknown"}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_denied_or_missing_camera_is_explained_and_nothing_records()
    {
        var page = await platform.SignInAsync(AccountRole.TenantUser);
        await page.AddInitScriptAsync("""
            navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused for the test', window.cameraError ?? 'NotAllowedError'));
            """);
        await page.GotoAsync("translate/live");
        await page.WaitForSelectorAsync(".live-translate[data-interactive]");

        var startCamera = page.GetByRole(AriaRole.Button, new() { Name = "Start camera" });
        await startCamera.ClickAsync();
        var alert = page.Locator("#live-error .alert");
        await alert.Filter(new() { HasText = "Camera access was denied" }).WaitForAsync();
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Start translating" }).IsDisabledAsync());
        await PortalPages.AssertAccessibleAsync(page);

        await page.EvaluateAsync("() => window.cameraError = 'NotFoundError'");
        await startCamera.ClickAsync();
        await alert.Filter(new() { HasText = "No camera was found" }).WaitForAsync();
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Start translating" }).IsDisabledAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Live_endpoints_answer_only_the_user_who_started_the_session_refuse_bad_chunks_and_end_an_abandoned_session()
    {
        var owner = await platform.SignInAsync(AccountRole.TenantUser);
        var sameTenantAdmin = await platform.SignInAsync(AccountRole.TenantAdmin);
        var ownerToken = await AntiforgeryTokenAsync(owner);
        var adminToken = await AntiforgeryTokenAsync(sameTenantAdmin);
        var webm = await FakeCamera.RecordedWebMAsync();
        var firstChunk = webm[..(64 * 1024)];

        await AssertRefusedAsync(await owner.APIRequest.PostAsync("portal/live", Json(new { language = "de", fps = 25 }, token: null)), 400, LiveApiFilter.AntiforgeryFailed);
        await AssertRefusedAsync(await owner.APIRequest.PostAsync("portal/live", Json(new { language = "de", fps = 0 }, ownerToken)), 400, RejectionCode.InvalidRequest);
        await AssertRefusedAsync(await owner.APIRequest.PostAsync("portal/live", Json(new { language = "xx", fps = 25 }, ownerToken)), 400, RejectionCode.LanguageNotEnabled);

        var started = await owner.APIRequest.PostAsync("portal/live", Json(new { language = "de", fps = 25 }, ownerToken));
        Assert.Equal(201, started.Status);
        var sessionId = (await started.JsonAsync())!.Value.GetProperty("session_id").GetGuid();
        var chunks = $"portal/live/{sessionId}/chunks";

        // Nobody but the user who started it may feed or end it, not even an admin of the same tenant, who may watch it.
        await AssertRefusedAsync(await sameTenantAdmin.APIRequest.PutAsync($"{chunks}/0", Bytes(firstChunk, adminToken)), 404, "session_not_found");
        await AssertRefusedAsync(await sameTenantAdmin.APIRequest.PostAsync($"portal/live/{sessionId}/end", Json(new Dictionary<string, long> { ["last_sequence"] = 0 }, adminToken)), 404, "session_not_found");
        var anonymous = await platform.NewContextAsync();
        Assert.Equal(401, (await anonymous.APIRequest.PutAsync($"{chunks}/0", Bytes(firstChunk, ownerToken))).Status);
        await anonymous.CloseAsync();

        await AssertRefusedAsync(await owner.APIRequest.PutAsync($"{chunks}/0", Bytes(new byte[MaxChunkBytes + 1], ownerToken)), 413, RejectionCode.ChunkTooLarge);
        await AssertRefusedAsync(await owner.APIRequest.PutAsync($"{chunks}/0", Bytes([], ownerToken)), 400, RejectionCode.InvalidRequest);
        await AssertRefusedAsync(await owner.APIRequest.PutAsync($"{chunks}/0", Bytes(firstChunk, token: null)), 400, LiveApiFilter.AntiforgeryFailed);
        await AssertRefusedAsync(await owner.APIRequest.PutAsync($"{chunks}/1", Bytes(firstChunk, ownerToken)), 400, RejectionCode.ChunkOutOfRange);

        // A chunk sent twice (a retry after a lost answer) is kept once, in the session and in the recording.
        Assert.Equal("accepted", await ReceiptStatusAsync(await owner.APIRequest.PutAsync($"{chunks}/0", Bytes(firstChunk, ownerToken))));
        Assert.Equal("duplicate", await ReceiptStatusAsync(await owner.APIRequest.PutAsync($"{chunks}/0", Bytes(firstChunk, ownerToken))));
        var recording = await owner.APIRequest.GetAsync($"portal/sessions/{sessionId}/video");
        Assert.Equal(200, recording.Status);
        Assert.Equal(firstChunk, await recording.BodyAsync());

        // The owner's page is "closed" here: no more chunks and no end. The portal ends the session after its idle
        // timeout, after the chunk it has, so that the session stops holding one of the tenant's concurrent sessions.
        var session = platform.Grains.GetGrain<ISessionGrain>(sessionId);
        var deadline = DateTime.UtcNow + PortalPlatform.LiveIdleTimeout + TimeSpan.FromSeconds(30);
        while ((await session.GetAsync()).Status == SessionStatus.Receiving)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the abandoned live session was not ended:{Environment.NewLine}{platform.LogTails()}");
            await Task.Delay(500);
        }

        // Past its end the session refuses more, or its recording is closed already: either way, nothing is taken.
        var late = await owner.APIRequest.PutAsync($"{chunks}/1", Bytes(webm[(64 * 1024)..(128 * 1024)], ownerToken));
        Assert.True(late.Status is 400 or 404 or 409, $"a chunk after the end got {late.Status}: {await late.TextAsync()}");
        await owner.Context.CloseAsync();
        await sameTenantAdmin.Context.CloseAsync();
    }

    /// <summary>Any of the signed-in page's tokens will do: the sign-out form in the header carries one.</summary>
    private static async Task<string> AntiforgeryTokenAsync(IPage page)
    {
        await page.GotoAsync("translate/live");
        return await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
    }

    private static APIRequestContextOptions Json(object body, string? token) => new() { DataObject = body, Headers = Headers(token, "application/json") };

    private static APIRequestContextOptions Bytes(byte[] body, string? token) => new() { DataByte = body, Headers = Headers(token, "application/octet-stream") };

    private static Dictionary<string, string> Headers(string? token, string contentType) =>
        token is null ? new() { ["Content-Type"] = contentType } : new() { ["Content-Type"] = contentType, ["RequestVerificationToken"] = token };

    private static async Task AssertRefusedAsync(IAPIResponse response, int status, string code)
    {
        var body = await response.TextAsync();
        Assert.True(response.Status == status, $"expected {status} {code}, got {response.Status}: {body}");
        using var json = JsonDocument.Parse(body);
        Assert.Equal(code, json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    private static async Task<string?> ReceiptStatusAsync(IAPIResponse response)
    {
        Assert.Equal(200, response.Status);
        return (await response.JsonAsync())!.Value.GetProperty("status").GetString();
    }
}

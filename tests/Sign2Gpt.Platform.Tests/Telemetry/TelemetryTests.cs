using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sign2Gpt.Client;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Platform.Tests.Infrastructure;
using Sign2Gpt.Platform.Tests.Portal;
using Xunit.Abstractions;

namespace Sign2Gpt.Platform.Tests.Telemetry;

/// <summary>
/// Observability of the running platform, real processes (a silo and the web front end, as <c>./sign2gpt up</c>
/// runs them): what Prometheus would scrape from each after a session, and the Orleans Dashboard behind the portal's
/// operator sign-in.
/// </summary>
[Collection(PortalCollection.Name)]
[Trait("Category", "Telemetry")]
public sealed class TelemetryTests(PortalPlatform platform, ITestOutputHelper output)
{
    private static readonly TimeSpan ScrapeTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_streamed_session_shows_in_the_silo_and_web_metrics_beside_orleans_own()
    {
        using var ingest = IngestClient.CreateHttpClient(platform.Address, platform.DemoApiKey);
        using var segmenter = new VideoSegmenter(DemoVideo.Path) { Paced = false };
        var fps = await segmenter.ProbeFpsAsync();
        var sent = new StrongBox<int>();
        var session = await new IngestClient(ingest).StreamAsync(Counted(segmenter.ReadChunksAsync(CancellationToken.None), sent), new StreamOptions("de", fps));
        Assert.Equal(IngestStatus.Completed, session.Status);
        Assert.True(sent.Value > 0);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var silo = new Uri(await SiloAddressAsync() + TelemetryExtensions.MetricsPath);
        var scrape = await ScrapeUntilAsync(http, silo, s => s.Sum("sign2gpt_sessions_ended_total", "language=de", "outcome=completed") >= 1);
        output.WriteLine(string.Join(Environment.NewLine, scrape.Text.Split('\n').Where(l => l.StartsWith("sign2gpt_", StringComparison.Ordinal))));

        Assert.Contains(scrape.Samples, s => s.Name == "target_info" && s.Labels["service_name"] == "sign2gpt-silo");
        Assert.True(scrape.Sum("sign2gpt_sessions_started_total", "language=de") >= 1);
        Assert.True(scrape.Sum("sign2gpt_chunks_accepted_total") >= sent.Value, $"{sent.Value} chunks sent; the silo counted {scrape.Sum("sign2gpt_chunks_accepted_total")}");
        Assert.True(scrape.Sum("sign2gpt_inference_duration_seconds_count", "kind=final") >= 1);
        var slowest = scrape.Sum("sign2gpt_inference_duration_seconds_sum", "kind=final");
        Assert.InRange(slowest, 0.001, 600);
        Assert.True(scrape.Sum("sign2gpt_translations_total", "adapter=de@v1", "kind=final") >= 1);
        Assert.Equal("de@v1", session.Final!.Adapter);
        Assert.True(scrape.Sum("sign2gpt_backbone_batch_size_count", "device=cpu") >= 1);

        // Every frame of the video went through the backbone, in batches no larger than the configured maximum.
        var frames = scrape.Sum("sign2gpt_backbone_batch_size_sum");
        Assert.True(frames >= session.Final.Frames, $"{frames} frames through the backbone; the translation used {session.Final.Frames}");

        // Orleans' own instruments, from the same endpoint.
        Assert.True(scrape.Sum("orleans_catalog_activations") >= 1);
        Assert.True(scrape.Has("orleans_app_requests_latency_milliseconds_count"));

        var web = await ScrapeUntilAsync(http, new Uri(platform.Address, TelemetryExtensions.MetricsPath.TrimStart('/')), s => s.Has("http_server_request_duration_seconds_count"));
        Assert.Contains(web.Samples, s => s.Name == "target_info" && s.Labels["service_name"] == "sign2gpt-web");
        var chunkRequests = web.Of("http_server_request_duration_seconds_count", "http_request_method=PUT")
            .Where(s => s.Labels.TryGetValue("http_route", out var route) && route.Contains("chunks", StringComparison.Ordinal))
            .Sum(s => s.Value);
        Assert.True(chunkRequests >= sent.Value, $"{sent.Value} chunks PUT to the web; it counted {chunkRequests}");
        Assert.Contains(web.Samples, s => s.Name.StartsWith("orleans_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_relayed_by_a_proxy_are_not_served()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(platform.Address, TelemetryExtensions.MetricsPath.TrimStart('/')));
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_orleans_dashboard_is_served_to_operators_and_refused_to_everyone_else()
    {
        var anonymous = await platform.NewContextAsync();
        var refused = await anonymous.APIRequest.GetAsync("admin/dashboard/", new APIRequestContextOptions { MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.Contains("/login", refused.Headers["location"], StringComparison.Ordinal);
        await anonymous.CloseAsync();

        foreach (var role in new[] { AccountRole.TenantUser, AccountRole.TenantAdmin })
        {
            var page = await platform.SignInAsync(role);
            Assert.Equal(0, await page.Locator("a[href='admin/dashboard/']").CountAsync());
            foreach (var path in new[] { "admin/dashboard/", "admin/dashboard/DashboardCounters" })
            {
                var denied = await page.Context.APIRequest.GetAsync(path, new APIRequestContextOptions { MaxRedirects = 0 });
                Assert.True(denied.Status == 302 && denied.Headers["location"].Contains("/denied", StringComparison.Ordinal), $"{role} {path}: {denied.Status}");
            }

            await page.Context.CloseAsync();
        }

        var operatorPage = await platform.SignInAsync(AccountRole.PlatformOperator);
        var link = operatorPage.Locator("a[href='admin/dashboard/']");
        Assert.Equal(1, await link.CountAsync());
        var served = await operatorPage.Context.APIRequest.GetAsync("admin/dashboard/");
        var body = await served.TextAsync();
        Assert.True(served.Ok, $"{served.Status}: {body[..Math.Min(body.Length, 500)]}");
        Assert.Contains("Orleans Dashboard", body, StringComparison.Ordinal);

        // Its data comes from the silos, through the web's cluster client: the one silo is there, active.
        var counters = await operatorPage.Context.APIRequest.GetAsync("admin/dashboard/DashboardCounters");
        Assert.True(counters.Ok, $"counters: {counters.Status}");
        using (var json = System.Text.Json.JsonDocument.Parse(await counters.TextAsync()))
        {
            Assert.Contains(json.RootElement.GetProperty("hosts").EnumerateArray(), host => host.GetProperty("status").GetString() == "Active");
        }

        await link.ClickAsync();
        await operatorPage.WaitForURLAsync(url => url.Contains("/admin/dashboard", StringComparison.Ordinal));
        await operatorPage.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalPlatform.Screenshots, "operator-dashboard.png") });
        await operatorPage.Context.CloseAsync();
    }

    private async Task<string> SiloAddressAsync()
    {
        await using var stream = new FileStream(platform.SiloLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var log = await reader.ReadToEndAsync();
        var address = Regex.Matches(log, @"Now listening on: (http://\S+)").LastOrDefault()?.Groups[1].Value;
        return address ?? throw new InvalidOperationException($"The silo logged no address:{Environment.NewLine}{platform.LogTails()}");
    }

    /// <summary>Scrapes until <paramref name="ready"/> holds: the exporter may answer from a scrape a moment old.</summary>
    private static async Task<PrometheusScrape> ScrapeUntilAsync(HttpClient http, Uri metrics, Func<PrometheusScrape, bool> ready)
    {
        var deadline = DateTime.UtcNow + ScrapeTimeout;
        while (true)
        {
            var scrape = await PrometheusScrape.ReadAsync(http, metrics);
            if (ready(scrape) || DateTime.UtcNow > deadline)
            {
                return scrape;
            }

            await Task.Delay(500);
        }
    }

    private static async IAsyncEnumerable<byte[]> Counted(IAsyncEnumerable<byte[]> chunks, StrongBox<int> count)
    {
        await foreach (var chunk in chunks)
        {
            count.Value++;
            yield return chunk;
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Contracts.Usage;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Usage;

[Collection(PlatformCollection.Name)]
public sealed class UsageTests(PlatformCluster platform)
{
    [Fact]
    public async Task Finished_sessions_are_metered_per_tenant_day_language_and_adapter()
    {
        var tenantId = await Infrastructure.Tenants.CreateAsync(platform.Grains);
        var completed = await RunSessionAsync(tenantId, DemoVideo.Chunks(64 * 1024));
        var failed = await RunSessionAsync(tenantId, [System.Text.Encoding.ASCII.GetBytes(new string('x', 20_000))]);
        Assert.Equal((SessionStatus.Completed, SessionStatus.Failed), (completed.Status, failed.Status));

        var day = await platform.Grains.GetGrain<IUsageGrain>(UsageKey.For(tenantId, DateOnly.FromDateTime(DateTime.UtcNow))).GetAsync();

        Assert.Equal(tenantId, day.TenantId);
        var withAdapter = Assert.Single(day.Lines, l => l.Adapter == "de@v1");
        Assert.Equal(("de", 1, 0, completed.Final!.Frames), (withAdapter.Language, withAdapter.Sessions, withAdapter.Failed, (int)withAdapter.Frames));
        Assert.Equal(completed.Final.VideoSeconds, withAdapter.VideoSeconds, 1);
        Assert.True(withAdapter.Tokens >= completed.Final.Tokens);
        var broken = Assert.Single(day.Lines, l => l.Adapter is null);
        Assert.Equal((1, 1, 0L), (broken.Sessions, broken.Failed, broken.Frames));

        await using var host = await IngestHost.StartAsync(platform);
        using var http = host.Client((await platform.Grains.GetGrain<ITenantGrain>(tenantId).IssueApiKeyAsync("reports")).ApiKey);
        var report = await http.GetFromJsonAsync<JsonElement>("/v1/usage");
        var lines = Assert.Single(report.GetProperty("days").EnumerateArray()).GetProperty("lines");
        Assert.Equal(2, lines.EnumerateArray().Sum(l => l.GetProperty("sessions").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/v1/usage?from=2026-01-10&to=2026-01-01")).StatusCode);
    }

    [Fact]
    public async Task A_session_recorded_twice_counts_once()
    {
        var usage = platform.Grains.GetGrain<IUsageGrain>(UsageKey.For("t-twice", new DateOnly(2026, 1, 2)));
        var record = new SessionUsage(Guid.NewGuid(), "en", "en@v1", 10, 125, 30, true);

        await usage.RecordAsync(record);
        await usage.RecordAsync(record);
        await usage.RecordAsync(record with { SessionId = Guid.NewGuid(), Tokens = 5 });

        var line = Assert.Single((await usage.GetAsync()).Lines);
        Assert.Equal((2, 20.0, 250L, 35L), (line.Sessions, line.VideoSeconds, line.Frames, line.Tokens));
        Assert.Equal(new DateOnly(2026, 1, 2), (await usage.GetAsync()).Day);
    }

    private async Task<SessionSnapshot> RunSessionAsync(string tenantId, IReadOnlyList<byte[]> chunks)
    {
        var session = platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(new SessionStart(tenantId, "user", "de", VideoChunkFormat.Container, 25));
        for (var i = 0; i < chunks.Count; i++)
        {
            await session.AppendChunkAsync(new VideoChunk(i, chunks[i]));
        }

        await session.EndAsync(chunks.Count - 1);
        return await Infrastructure.Sessions.WaitForEndAsync(session, TimeSpan.FromSeconds(90));
    }
}

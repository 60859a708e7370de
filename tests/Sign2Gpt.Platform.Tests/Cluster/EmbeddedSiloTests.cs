using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Platform.Tests.Infrastructure;
using Sign2Gpt.Contracts.Hosting;

namespace Sign2Gpt.Platform.Tests.Cluster;

/// <summary>
/// The silo as <c>./sign2gpt up</c> runs it by default: its own process, no Redis (localhost clustering, state,
/// chunks and adapters in memory), reached by the web front end's Orleans client through its gateway port.
/// </summary>
public sealed class EmbeddedSiloTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Without_redis_one_silo_serves_the_demo_tenant_translates_a_session_and_takes_a_published_adapter()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sign2gpt-embedded-silo", Guid.NewGuid().ToString("N")[..8]);
        var keyFile = Path.Combine(directory, "demo-api-key");
        await using var silo = new SiloProcess(new SiloProcessOptions("embedded", FreePort.Next(), FreePort.Next(), directory, new Dictionary<string, string>
        {
            ["DemoTenant:Enabled"] = "true",
            ["DemoTenant:ApiKeyFile"] = keyFile,
            ["Sessions:TickInterval"] = "00:00:00.200",
        }));
        silo.Start();
        using var client = await StartClientAsync(silo);
        var grains = client.Services.GetRequiredService<IClusterClient>();

        var key = await WaitForFileAsync(keyFile, silo);
        Assert.True(await grains.GetGrain<ITenantGrain>("demo").VerifyApiKeyAsync(key));

        var expected = await DemoVideo.TranslateOfflineAsync("de");
        var session = grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(new SessionStart("demo", "user", "de", VideoChunkFormat.Container, 25));
        var chunks = DemoVideo.Chunks(64 * 1024);
        await Infrastructure.Sessions.SendAsync(session, chunks, 0, chunks.Count);
        await session.EndAsync(chunks.Count - 1);
        var done = await Infrastructure.Sessions.WaitForEndAsync(session, TimeSpan.FromMinutes(2));
        Assert.Equal(SessionStatus.Completed, done.Status);
        Assert.Equal(expected.Text, done.Final!.Text);

        // Adapter files and rollout notices stay in the process, and the silo still validates and serves them.
        var registry = grains.GetGrain<IAdapterRegistryGrain>("de");
        var version = await DemoAdapters.NextVersionAsync(registry);
        await registry.PublishAsync(new AdapterPublication(DemoAdapters.Relabelled("de", version), null, "tests", new Dictionary<string, double>()));
        await registry.PromoteAsync(version, "tests");
        var next = grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await next.StartAsync(new SessionStart("demo", "user", "de", VideoChunkFormat.Container, 25));
        await Infrastructure.Sessions.SendAsync(next, chunks, 0, chunks.Count);
        await next.EndAsync(chunks.Count - 1);
        Assert.Equal($"de@v{version}", (await Infrastructure.Sessions.WaitForEndAsync(next, TimeSpan.FromMinutes(2))).Final!.Adapter);
    }

    private static async Task<IHost> StartClientAsync(SiloProcess silo)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ClusterClientOptions.Section}:GatewayPort"] = silo.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.AddSign2GptOrleansClient();
        builder.Services.AddSingleton<IClientConnectionRetryFilter>(new SiloStartRetry(DateTime.UtcNow + StartTimeout, [silo]));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<string> WaitForFileAsync(string path, SiloProcess silo)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            silo.ThrowIfExited();
            Assert.True(DateTime.UtcNow < deadline, $"no demo key after {StartTimeout}:{Environment.NewLine}{silo.LogTail()}");
            await Task.Delay(250);
        }

        return (await File.ReadAllTextAsync(path)).Trim();
    }
}

using Microsoft.Extensions.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;
using Sign2Gpt.Silo.Hosting;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// A real Redis server and an in-process Orleans test cluster whose silos run the platform's grains with Redis
/// grain storage. The cluster can be torn down and a new one started on the same Redis, as after losing every silo.
/// </summary>
public sealed class PlatformCluster : IAsyncLifetime
{
    // Grain state in Redis is keyed by service id: a restarted cluster must keep it to find its state.
    private readonly string _serviceId = "sign2gpt-tests-" + Guid.NewGuid().ToString("N")[..8];

    public RedisServer Redis { get; private set; } = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>Where the silo's demo tenant seeder writes the demo API key.</summary>
    public string DemoApiKeyFile { get; } = Path.Combine(Path.GetTempPath(), $"sign2gpt-demo-key-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        Cluster = await DeployAsync();
    }

    /// <summary>Stops every silo and starts a fresh cluster: only what is in Redis survives.</summary>
    public async Task RestartAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Cluster = await DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Redis.DisposeAsync();
        File.Delete(DemoApiKeyFile);
    }

    /// <summary>Training jobs' lease in the test cluster: short, so that a lost worker is noticed within a test.</summary>
    public static readonly TimeSpan TrainingLease = TimeSpan.FromSeconds(2);

    private async Task<TestCluster> DeployAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = _serviceId;
        builder.Properties["ConnectionStrings:Redis"] = Redis.ConnectionString;
        builder.Properties["Sessions:TickInterval"] = "00:00:00.200";
        builder.Properties["Sessions:GapTimeout"] = "00:00:03";
        builder.Properties["TrainingQueue:LeaseDuration"] = PlatformCluster.TrainingLease.ToString();
        builder.Properties["DemoTenant:Enabled"] = "true";
        builder.Properties["DemoTenant:ApiKeyFile"] = DemoApiKeyFile;
        builder.AddSiloBuilderConfigurator<Configurator>();
        builder.AddClientBuilderConfigurator<SessionStreamsClient>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var redis = siloBuilder.Configuration.GetConnectionString("Redis")!;
            siloBuilder.AddSign2GptGrains(redis);
            siloBuilder.Services.AddSign2GptServing(siloBuilder.Configuration, redis);
        }
    }
}

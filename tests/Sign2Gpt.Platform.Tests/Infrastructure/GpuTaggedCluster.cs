using Microsoft.Extensions.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;
using Sign2Gpt.Silo.Hosting;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// Two silos on a real Redis: the primary serves on the CPU, the secondary claims a GPU ("cuda:0") in its metadata,
/// so that placement by device is exercised on a machine without one (its models fall back to the CPU).
/// </summary>
public sealed class GpuTaggedCluster : IAsyncLifetime
{
    public const string GpuSiloName = "Secondary_1";

    public RedisServer Redis { get; private set; } = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public SiloHandle CpuSilo => Cluster.Primary!;

    public SiloHandle GpuSilo => Cluster.SecondarySilos.Single();

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        var builder = new TestClusterBuilder(2);
        builder.Properties["ConnectionStrings:Redis"] = Redis.ConnectionString;
        builder.AddSiloBuilderConfigurator<Configurator>();
        builder.AddClientBuilderConfigurator<SessionStreamsClient>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Redis.DisposeAsync();
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = siloBuilder.Configuration;
            configuration["Serving:Devices:0"] = configuration["Orleans:Name"] == GpuSiloName ? "cuda:0" : "cpu";
            var redis = configuration.GetConnectionString("Redis")!;
            siloBuilder.AddSign2GptGrains(redis);
            siloBuilder.Services.AddSign2GptServing(configuration, redis);
        }
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Hosting;
using Orleans.Placement;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Serialization;
using Orleans.Storage;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Inference;
using Sign2Gpt.Silo.Adapters;
using Sign2Gpt.Silo.Datasets;
using Sign2Gpt.Silo.Demo;
using Sign2Gpt.Silo.Sessions;
using Sign2Gpt.Silo.Serving;
using Sign2Gpt.Silo.Telemetry;
using Sign2Gpt.Silo.Training;
using StackExchange.Redis;

namespace Sign2Gpt.Silo.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>Grain storage for tenants, sessions, usage and rollouts.</summary>
    public const string StorageName = "state";

    /// <summary>
    /// An Orleans silo with the platform's grains and the model they serve. With a "Redis" connection string it joins
    /// a cluster whose membership, state, chunks and adapters live in Redis; without one it is a cluster of its own
    /// on localhost, keeping all of that in memory for as long as it runs (<c>./sign2gpt up</c>'s default).
    /// </summary>
    public static IHostApplicationBuilder AddSign2GptSilo(this IHostApplicationBuilder builder)
    {
        var redis = builder.Configuration.GetConnectionString("Redis");
        var silo = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        builder.UseOrleans(orleans =>
        {
            if (redis is null)
            {
                orleans.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort, serviceId: silo.ServiceId, clusterId: silo.ClusterId);
            }
            else
            {
                if (silo.Kubernetes)
                {
                    orleans.UseKubernetesHosting();
                }
                else
                {
                    orleans.Configure<ClusterOptions>(options =>
                    {
                        options.ClusterId = silo.ClusterId;
                        options.ServiceId = silo.ServiceId;
                    });
                    orleans.ConfigureEndpoints(siloPort: silo.SiloPort, gatewayPort: silo.GatewayPort);
                }

                orleans.UseRedisClustering(options => options.ConfigurationOptions = ConfigurationOptions.Parse(redis));
            }

            orleans.AddSign2GptGrains(redis);

            // Grain calls carry their callers' trace context; each silo collects grain statistics for the
            // operators' dashboard, which the web serves (a real silo only: the in-process test clusters do without).
            orleans.AddActivityPropagation();
            orleans.AddDashboard();
        });
        builder.Services.AddSign2GptServing(builder.Configuration, redis);
        return builder;
    }

    /// <summary>Stream subscriptions, kept where grain state is, so that edges stay subscribed across silo restarts.</summary>
    public const string PubSubStorageName = "PubSubStore";

    /// <summary>
    /// What the grains need from an Orleans silo: grain storage (Redis, or memory when <paramref name="redis"/> is
    /// null), the session streams (chunks in, updates out), and this silo's inference devices in its metadata for the
    /// placement of inference workers. State in Redis is written with Orleans' own version-tolerant serializer (the
    /// [Id]s of the state types), not type-named JSON, which cannot read back compiler-made collection types. Tests
    /// add it to their own cluster.
    /// </summary>
    public static ISiloBuilder AddSign2GptGrains(this ISiloBuilder silo, string? redis)
    {
        var devices = ServedDevices.FromConfiguration(silo.Configuration);
        silo.Services.TryAddSingleton(devices);
        silo.UseSiloMetadata(new Dictionary<string, string> { [SiloDevices.MetadataKey] = SiloDevices.Format(devices.Names) });
        silo.Services.AddPlacementFilter<DevicePlacementFilterStrategy, DevicePlacementFilterDirector>(ServiceLifetime.Singleton);
        silo.AddMemoryStreams(SessionStreams.Provider, streams =>
        {
            streams.ConfigurePartitioning(SessionStreams.Queues);
            streams.ConfigurePullingAgent(agent => agent.Configure(options => options.GetQueueMsgsTimerPeriod = ChunkPollPeriod));
        });
        foreach (var name in (string[])[StorageName, PubSubStorageName])
        {
            if (redis is null)
            {
                silo.AddMemoryGrainStorage(name);
                continue;
            }

            silo.AddRedisGrainStorage(name, options => options.Configure<Serializer>((storage, serializer) =>
            {
                storage.ConfigurationOptions = ConfigurationOptions.Parse(redis);
                storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
        }

        return silo;
    }

    /// <summary>
    /// How often stream queues are read. The default (100 ms) would add up to two tenths of a second to every chunk's
    /// round trip (chunk in, receipt out); reading an empty in-memory queue costs next to nothing.
    /// </summary>
    public static readonly TimeSpan ChunkPollPeriod = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Media, backbone, model bundle, chunk and adapter stores (Redis, or memory when <paramref name="redis"/> is
    /// null), session limits and the demo tenant (when enabled), shared by every grain of a silo.
    /// </summary>
    public static IServiceCollection AddSign2GptServing(this IServiceCollection services, IConfiguration configuration, string? redis)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<SiloMetrics>();
        services.AddSign2GptMedia(configuration);
        services.AddSign2GptBackbone(configuration);
        if (redis is null)
        {
            services.AddSingleton<IChunkStore, MemoryChunkStore>();
            services.AddSingleton<IAdapterStore, MemoryAdapterStore>();
        }
        else
        {
            // Not aborting on a failed first connect: a silo that starts while Redis restarts reconnects by itself.
            services.AddSingleton<IConnectionMultiplexer>(_ =>
            {
                var options = ConfigurationOptions.Parse(redis);
                options.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(options);
            });
            services.AddSingleton<IChunkStore, RedisChunkStore>();
            services.AddSingleton<IAdapterStore, RedisAdapterStore>();
        }

        services.Configure<ServingOptions>(configuration.GetSection(ServingOptions.Section));
        services.TryAddSingleton(_ => ServedDevices.FromConfiguration(configuration));
        services.AddSingleton<DeviceWorkers>();
        services.AddSingleton<InferenceRouter>();
        services.AddSingleton<TranslationEngine>();
        services.AddHostedService<AdapterPreloader>();
        services.Configure<SessionOptions>(configuration.GetSection(SessionOptions.Section));
        services.Configure<DemoTenantOptions>(configuration.GetSection(DemoTenantOptions.Section));
        services.Configure<TrainingQueueOptions>(configuration.GetSection(TrainingQueueOptions.Section));
        services.Configure<DatasetCatalogOptions>(configuration.GetSection(DatasetCatalogOptions.Section));
        services.AddHostedService<DemoTenantSeeder>();
        return services;
    }
}

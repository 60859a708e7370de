using Orleans.Configuration;
using Orleans.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sign2Gpt.Contracts.Sessions;
using StackExchange.Redis;

namespace Sign2Gpt.Contracts.Hosting;

public static class ClusterClientExtensions
{
    /// <summary>
    /// An Orleans client that finds the silo gateways through the same Redis membership table the silos write, or,
    /// without a "Redis" connection string, the single silo's gateway on localhost. A host that already has Orleans (a co-hosted silo, a test cluster) keeps its own grain factory: Orleans
    /// refuses a client next to a silo, and the web front end and the trainer need only its <see cref="IClusterClient"/>.
    /// Grain calls carry the caller's trace context, so that a request's trace goes on into the silos.
    /// </summary>
    /// <param name="configure">What one app adds to its client (the web: the operators' dashboard).</param>
    public static IHostApplicationBuilder AddSign2GptOrleansClient(this IHostApplicationBuilder builder, Action<IClientBuilder>? configure = null)
    {
        if (builder.Services.Any(service => service.ServiceType == typeof(IClusterClient)))
        {
            return builder;
        }

        var redis = builder.Configuration.GetConnectionString("Redis");
        var cluster = builder.Configuration.GetSection(ClusterClientOptions.Section).Get<ClusterClientOptions>()
            ?? new ClusterClientOptions();
        builder.UseOrleansClient(client =>
        {
            if (redis is null)
            {
                client.UseLocalhostClustering(cluster.GatewayPort, cluster.ServiceId, cluster.ClusterId);
            }
            else
            {
                client.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = cluster.ClusterId;
                    options.ServiceId = cluster.ServiceId;
                });
                client.UseRedisClustering(options => options.ConfigurationOptions = ConfigurationOptions.Parse(redis));
            }

            client.AddSessionStreams();
            client.AddActivityPropagation();
            configure?.Invoke(client);
        });
        return builder;
    }

    /// <summary>The session streams as the silos run them: chunks out to sessions, their updates back.</summary>
    public static IClientBuilder AddSessionStreams(this IClientBuilder client) =>
        client.AddMemoryStreams(SessionStreams.Provider, streams => streams.ConfigurePartitioning(SessionStreams.Queues));
}

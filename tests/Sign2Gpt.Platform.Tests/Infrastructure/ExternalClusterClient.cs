using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sign2Gpt.Contracts.Hosting;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// An Orleans client host set up the way the web front end and the trainer set up theirs, for tests that drive silo
/// processes from outside. It keeps retrying to connect until <paramref name="timeout"/> while the silos start.
/// </summary>
public static class ExternalClusterClient
{
    /// <param name="configuration">Settings as the client reads them ("ConnectionStrings:Redis", "Orleans:...").</param>
    /// <param name="configure">Anything else the test's client needs (e.g. faster gateway refreshes).</param>
    public static async Task<IHost> StartAsync(
        IReadOnlyDictionary<string, string?> configuration, IReadOnlyList<SiloProcess> silos, TimeSpan timeout, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddSign2GptOrleansClient();
        builder.Services.AddSingleton<IClientConnectionRetryFilter>(new SiloStartRetry(DateTime.UtcNow + timeout, silos));
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}

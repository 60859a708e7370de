using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sign2Gpt.Silo.Serving;

namespace Sign2Gpt.Silo.Hosting;

/// <summary>Ready when this silo is an active member of its cluster and can read the model it serves.</summary>
public sealed class SiloHealthCheck(IGrainFactory grains, ILocalSiloDetails silo, TranslationEngine engine) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).WaitAsync(Timeout, cancellationToken);
            if (!hosts.ContainsKey(silo.SiloAddress))
            {
                return HealthCheckResult.Unhealthy($"Silo {silo.SiloAddress} is not an active member of its cluster yet.");
            }

            return HealthCheckResult.Healthy($"Active; serving {string.Join(", ", engine.Languages)}.");
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy("The silo cannot serve yet.", e);
        }
    }
}

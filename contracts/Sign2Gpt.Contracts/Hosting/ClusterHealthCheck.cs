using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sign2Gpt.Contracts.Hosting;

/// <summary>Ready when the cluster answers and has an active silo: a client app (web, trainer) can do nothing without one.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).WaitAsync(Timeout, cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s)")
                : HealthCheckResult.Unhealthy("The cluster has no active silo.");
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The cluster does not answer.", e);
        }
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sign2Gpt.Contracts.Hosting;

/// <summary>
/// The probes every app answers, as Kubernetes asks them: <see cref="LivePath"/> (the process serves requests; a
/// failure restarts it) and <see cref="ReadyPath"/> (the checks tagged <see cref="ReadyTag"/> pass; until then no
/// traffic and no rollout step).
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";
    public const string ReadyTag = "ready";

    /// <summary>
    /// Health checks for an app whose HTTP port serves nothing but them (silo, trainer): unless "Urls" names a port (a
    /// pod does), it listens on a loopback port the OS picks, so that several of them on one machine never collide.
    /// </summary>
    public static IHealthChecksBuilder AddProbeOnlyHealth(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }

        return builder.Services.AddHealthChecks();
    }

    public static IEndpointRouteBuilder MapProbes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Sign2Gpt.Contracts.Hosting;

/// <summary>
/// What every app (silo, web, trainer) reports: metrics for Prometheus to scrape at <see cref="MetricsPath"/> (the
/// platform's own meter, Orleans', ASP.NET Core's and the .NET runtime's) and traces (ASP.NET Core, grain calls, the
/// platform's own spans) sent over OTLP when <see cref="OtlpEndpointSetting"/> is set. Logs stay on the console,
/// structured as JSON when <c>Logging__Console__FormatterName=json</c>.
/// </summary>
public static class TelemetryExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>The standard OpenTelemetry setting (an environment variable) naming the collector, e.g. http://otel-collector:4317.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meter of Orleans' own instruments (grain calls, activations, messaging, membership).</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Orleans' trace sources: its runtime calls, and grain calls (with <c>AddActivityPropagation()</c> on silo and client).</summary>
    public static readonly IReadOnlyList<string> OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static WebApplicationBuilder AddSign2GptTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics => metrics
                .AddMeter(Sign2GptTelemetry.MeterName, OrleansMeter)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());

        // Without a collector to send them to there is no tracer provider at all: one without an exporter would still
        // record every span of every request for nobody. Nothing here ever reaches the network unless told where to.
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(Sign2GptTelemetry.ActivitySourceName)
                .AddSource([.. OrleansActivitySources])
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsScrapeOrProbe(context.Request.Path))
                .AddOtlpExporter());
        }

        return builder;
    }

    /// <summary>
    /// Prometheus' scrape endpoint at <see cref="MetricsPath"/>, beside the probes. It answers only requests that came
    /// straight to the pod: one relayed by the ingress (which adds X-Forwarded-For) gets a 404, so the web's public
    /// address never shows the platform's internals.
    /// </summary>
    public static IEndpointConventionBuilder MapMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(next => context =>
        {
            if (context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("X-Forwarded-Host"))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        }), optionsName: null);

    private static bool IsScrapeOrProbe(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.Ordinal) || path.StartsWithSegments("/healthz", StringComparison.Ordinal);
}

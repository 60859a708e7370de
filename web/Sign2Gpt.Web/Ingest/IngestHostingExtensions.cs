using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Sign2Gpt.Web.Ingest;

public static class IngestHostingExtensions
{
    /// <summary>
    /// The ingest API's services. It needs an <see cref="IClusterClient"/> with the session stream provider but does
    /// not add one: the host brings it, from <c>AddSign2GptOrleansClient</c> or from a silo (co-hosted, or a test cluster).
    /// </summary>
    public static IHostApplicationBuilder AddIngestApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IngestOptions>()
            .Bind(builder.Configuration.GetSection(IngestOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });

        // Unreadable JSON bodies throw, so the exception handler can answer with the API's error body instead of
        // an empty 400.
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);

        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SessionOwnership>();
        services.AddSingleton<SessionUpdateFeeds>();
        services.AddSingleton<SessionGateway>();
        services.AddApiKeyAuthentication();
        services.AddIngestRateLimiting();
        services.AddProblemDetails();
        services.AddExceptionHandler<IngestExceptionHandler>();
        services.AddOpenApi();
        return builder;
    }

    /// <summary>
    /// The ingest middleware, in the order it needs: errors caught around everything, the caller authenticated
    /// before the rate limiter partitions by their key. Without it the routes still work, unlimited.
    /// </summary>
    public static IApplicationBuilder UseIngestApi(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}

using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Sign2Gpt.Web.Ingest;

namespace Sign2Gpt.Web.Streaming;

public static class StreamingHostingExtensions
{
    /// <summary>Kestrel's own default, kept when no URLs are configured, so that adding gRPC does not remove HTTP.</summary>
    private const string KestrelDefaultUrl = "http://localhost:5000";

    /// <summary>
    /// The gRPC ingest stream on its own port (<see cref="StreamingOptions.Url"/>). Needs <c>AddIngestApi</c>, whose
    /// sessions, API keys and rate limits it shares.
    /// </summary>
    public static WebApplicationBuilder AddStreamingIngest(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(StreamingOptions.Section);
        builder.Services.AddOptions<StreamingOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddGrpc();

        // Twice the chunk limit: a chunk somewhat too large is read and refused with chunk_too_large while the
        // stream goes on; one far beyond it is not read at all and ends the call.
        builder.Services.AddOptions<GrpcServiceOptions>().Configure<IOptions<IngestOptions>>(
            (grpc, ingest) => grpc.MaxReceiveMessageSize = 2 * ingest.Value.MaxChunkBytes + 64 * 1024);

        // Without TLS there is no handshake to agree on HTTP/2, so Kestrel speaks plaintext HTTP/2 (what gRPC
        // clients send to http:// addresses) only on an endpoint that speaks nothing else. gRPC therefore gets a
        // port of its own, added to the configured URLs (endpoints bound in code would replace those), and
        // recognised by its port when Kestrel binds it.
        var url = section.Get<StreamingOptions>()?.Url ?? new StreamingOptions().Url;
        var urls = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $"{(string.IsNullOrWhiteSpace(urls) ? KestrelDefaultUrl : urls)};{url}");
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<StreamingOptions>>(
            (kestrel, streaming) => kestrel.ConfigureEndpointDefaults(endpoint =>
            {
                if (endpoint.IPEndPoint?.Port == streaming.Value.Port)
                {
                    endpoint.Protocols = HttpProtocols.Http2;
                }
            }));
        return builder;
    }

    /// <summary>The stream, behind the ingest API's key and rate limit: opening a call counts as one request.</summary>
    public static IEndpointRouteBuilder MapStreamingIngest(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<IngestStreamService>()
            .RequireAuthorization(ApiKeyAuthentication.Policy)
            .RequireRateLimiting(IngestRateLimiting.Policy);
        return endpoints;
    }
}

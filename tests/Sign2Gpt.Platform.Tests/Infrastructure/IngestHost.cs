using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sign2Gpt.Web.Admin;
using Sign2Gpt.Web.Ingest;
using Sign2Gpt.Web.Streaming;
using Sign2Gpt.Web.Usage;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// The web front end's ingest API on a real Kestrel port and its gRPC stream on another, talking to the test cluster
/// through its client.
/// </summary>
public sealed class IngestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private IngestHost(WebApplication app, Uri address, Uri grpcAddress)
    {
        _app = app;
        Address = address;
        GrpcAddress = grpcAddress;
    }

    public const string OperatorKey = "operator-key-for-tests";

    public Uri Address { get; }

    /// <summary>The gRPC ingest stream: plaintext HTTP/2 on a port of its own.</summary>
    public Uri GrpcAddress { get; }

    /// <param name="settings">Configuration over the defaults, e.g. a lower rate limit.</param>
    public static async Task<IngestHost> StartAsync(PlatformCluster platform, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IGrainFactory>(platform.Cluster.Client);
        builder.Services.AddSingleton(platform.Cluster.Client);
        builder.Configuration["Admin:OperatorKey"] = OperatorKey;
        // The stream's port is recognised by its number, so it cannot be 0 like the HTTP one.
        var grpcAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        builder.Configuration["Streaming:Url"] = grpcAddress.ToString();
        builder.AddIngestApi();
        builder.AddStreamingIngest();
        builder.AddAdminApi();
        var app = builder.Build();
        app.UseIngestApi();
        app.MapIngestApi();
        app.MapStreamingIngest();
        app.MapUsageApi();
        app.MapAdapterAdminApi();
        app.MapTenantAdminApi();
        app.MapOpenApi();
        await app.StartAsync();
        var address = app.Urls.Select(url => new Uri(url)).First(url => url.Port != grpcAddress.Port);
        return new IngestHost(app, address, grpcAddress);
    }

    public HttpClient Client(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

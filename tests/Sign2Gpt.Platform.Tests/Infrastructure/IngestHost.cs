using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Sign2Gpt.Web.Admin;
using Sign2Gpt.Web.Ingest;
using Sign2Gpt.Web.Usage;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>The web front end's ingest API on a real Kestrel port, talking to the test cluster through its client.</summary>
public sealed class IngestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private IngestHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public const string OperatorKey = "operator-key-for-tests";

    public Uri Address { get; }

    public static async Task<IngestHost> StartAsync(PlatformCluster platform)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IGrainFactory>(platform.Cluster.Client);
        builder.Services.AddSingleton(platform.Cluster.Client);
        builder.Configuration["Admin:OperatorKey"] = OperatorKey;
        builder.AddIngestApi();
        builder.AddAdminApi();
        var app = builder.Build();
        app.UseIngestApi();
        app.MapIngestApi();
        app.MapUsageApi();
        app.MapAdapterAdminApi();
        app.MapOpenApi();
        await app.StartAsync();
        return new IngestHost(app, new Uri(app.Urls.First()));
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

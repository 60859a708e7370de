using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Web.Admin;
using Sign2Gpt.Web.Ingest;
using Sign2Gpt.Web.Portal;
using Sign2Gpt.Web.Streaming;
using Sign2Gpt.Web.Training;
using Sign2Gpt.Web.Usage;

var builder = WebApplication.CreateBuilder(args);
builder.AddSign2GptOrleansClient();
builder.AddIngestApi();
builder.AddStreamingIngest();
builder.AddAdminApi();
builder.AddTrainingAdmin();
builder.AddPortal();
builder.Services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag]);

var app = builder.Build();
app.UseIngestApi();
app.MapPortal();
app.MapIngestApi();
app.MapStreamingIngest();
app.MapUsageApi();
app.MapAdapterAdminApi();
app.MapTenantAdminApi();
app.MapTrainingAdminApi();
app.MapOpenApi();
app.MapProbes();
app.Run();

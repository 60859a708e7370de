using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Trainer.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSign2GptOrleansClient();
builder.AddTrainerWorkers();
builder.AddSign2GptTelemetry("sign2gpt-trainer");
builder.AddProbeOnlyHealth().AddCheck<ClusterHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag]);

var app = builder.Build();
app.MapProbes();
app.MapMetrics();
await app.RunAsync();

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Trainer.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSign2GptOrleansClient();
builder.AddTrainerWorkers();
builder.AddProbeOnlyHealth().AddCheck<ClusterHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag]);

var app = builder.Build();
app.MapProbes();
await app.RunAsync();

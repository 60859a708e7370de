using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSign2GptSilo();
builder.AddSign2GptTelemetry("sign2gpt-silo");
builder.AddProbeOnlyHealth().AddCheck<SiloHealthCheck>("silo", tags: [HealthEndpoints.ReadyTag]);

var app = builder.Build();
app.MapProbes();
app.MapMetrics();
app.Run();

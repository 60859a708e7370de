using Sign2Gpt.Web.Hosting;
using Sign2Gpt.Web.Ingest;

var builder = WebApplication.CreateBuilder(args);
builder.AddSign2GptOrleansClient();
builder.AddIngestApi();

var app = builder.Build();
app.UseIngestApi();
app.MapIngestApi();
app.MapOpenApi();
app.Run();

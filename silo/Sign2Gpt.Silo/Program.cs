using Microsoft.Extensions.Hosting;
using Sign2Gpt.Silo.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddSign2GptSilo();
builder.Build().Run();

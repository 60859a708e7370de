using Microsoft.Extensions.Hosting;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Trainer.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddSign2GptOrleansClient();
builder.AddTrainerWorkers();

await builder.Build().RunAsync();

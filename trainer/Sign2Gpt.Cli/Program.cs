using Sign2Gpt.Cli;
using Sign2Gpt.Cli.Hosting;
using Spectre.Console.Cli;

using var cancellation = CancellationOnCtrlC.Create();
var app = new CommandApp(new TypeRegistrar(CliServices.Create()));
app.Configure(config => config
    .UseSign2GptConventions()
    .AddSign2GptCommands());
return await app.RunAsync(args, cancellation.Token);

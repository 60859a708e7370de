using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sign2Gpt.Inference;
using Sign2Gpt.Training;

namespace Sign2Gpt.Cli.Hosting;

/// <summary>
/// The CLI's composition root. Settings come from environment variables prefixed SIGN2GPT_ with
/// "__" between section and key (e.g. SIGN2GPT_Inference__Device=cpu); logs go to stderr so
/// stdout stays clean for JSON output.
/// </summary>
internal static class CliServices
{
    public static IServiceCollection Create()
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("SIGN2GPT_")
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSign2GptMedia(configuration);
        services.AddSign2GptBackbone(configuration);
        services.AddSign2GptTraining(configuration);
        return services;
    }
}

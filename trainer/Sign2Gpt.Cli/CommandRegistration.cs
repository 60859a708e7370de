using Spectre.Console.Cli;

namespace Sign2Gpt.Cli;

/// <summary>Every verb of the product CLI, in one place.</summary>
internal static class CommandRegistration
{
    public static IConfigurator AddSign2GptCommands(this IConfigurator config)
    {
        return config;
    }
}

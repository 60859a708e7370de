using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli;

internal static class CliConventions
{
    /// <summary>Exit 0 on success; otherwise one line on stderr naming the problem, and exit 1 (2 for usage errors).</summary>
    public static IConfigurator UseSign2GptConventions(this IConfigurator config)
    {
        config.SetApplicationName("sign2gpt");
        config.SetExceptionHandler((exception, _) =>
        {
            var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            switch (exception)
            {
                case CommandParseException or CommandRuntimeException:
                    stderr.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
                    return 2;
                case OperationCanceledException:
                    stderr.MarkupLine("[yellow]cancelled[/]");
                    return 130;
                default:
                    stderr.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
                    return 1;
            }
        });
        return config;
    }
}

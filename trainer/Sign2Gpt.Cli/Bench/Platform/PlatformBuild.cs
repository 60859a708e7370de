using System.Diagnostics;
using Sign2Gpt.Cli.Hosting;

namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>
/// The silo and web builds the bench runs, in the repository's .build folder, brought up to date by the same
/// script <c>./sign2gpt up</c> uses (a no-op when nothing changed since the last build).
/// </summary>
internal sealed class PlatformBuild(string root)
{
    public string Root { get; } = root;

    public string SiloDll => Path.Combine(Root, ".build", "silo", "Sign2Gpt.Silo.dll");

    public string WebDll => Path.Combine(Root, ".build", "web", "Sign2Gpt.Web.dll");

    /// <summary>The repository the CLI was built in (./sign2gpt builds it into .build/cli), else the current one.</summary>
    public static PlatformBuild Locate() =>
        new(PlatformKeyFile.RepositoryRoot(AppContext.BaseDirectory)
            ?? PlatformKeyFile.RepositoryRoot(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException(
                $"No repository ({PlatformKeyFile.SolutionFile}) above {AppContext.BaseDirectory} or the current directory: run the bench through ./sign2gpt."));

    public async Task EnsureBuiltAsync(CancellationToken cancellationToken)
    {
        await BuildAsync("silo", "silo/Sign2Gpt.Silo/Sign2Gpt.Silo.csproj", cancellationToken);
        await BuildAsync("web", "web/Sign2Gpt.Web/Sign2Gpt.Web.csproj", cancellationToken);
    }

    private async Task BuildAsync(string name, string project, CancellationToken cancellationToken)
    {
        var script = Path.Combine(Root, "deploy", "local", "build-app.sh");
        using var process = Process.Start(new ProcessStartInfo(script, [name, project])
        {
            WorkingDirectory = Root,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{script} did not start.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building the {name} failed: {(await errors).Trim()}");
        }
    }
}

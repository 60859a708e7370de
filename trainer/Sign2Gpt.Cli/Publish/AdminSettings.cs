using System.ComponentModel;
using Sign2Gpt.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Publish;

/// <summary>Where the admin API is, the operator key, and the language whose rollout a verb acts on.</summary>
internal class AdminSettings : CommandSettings
{
    [CommandOption("--lang <LANG>")]
    [Description("The language whose adapters to act on, e.g. de.")]
    public string Language { get; init; } = "";

    [CommandOption("--server <URL>")]
    [Description("The web front end with the admin API (default: http://127.0.0.1:5080, where ./sign2gpt up runs it).")]
    public string Server { get; init; } = "http://127.0.0.1:5080";

    [CommandOption("--operator-key <KEY>")]
    [Description("The operator key (default: the one ./sign2gpt up writes to .build/platform/operator-key in the repository).")]
    public string? OperatorKey { get; init; }

    public Uri ServerUri => new(Server.EndsWith('/') ? Server : Server + "/");

    /// <summary>--operator-key, else the local platform's key file.</summary>
    /// <exception cref="MissingOperatorKeyException">Neither is there.</exception>
    public string ResolveOperatorKey() =>
        OperatorKey ?? PlatformKeyFile.Find(PlatformKeyFile.OperatorKey) ?? throw new MissingOperatorKeyException(
            $"No operator key: pass --operator-key KEY, or start the platform with ./sign2gpt up, which writes {PlatformKeyFile.OperatorKey} in the repository.");

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Language))
        {
            return ValidationResult.Error("--lang must name a language, e.g. --lang de.");
        }

        return Uri.TryCreate(Server, UriKind.Absolute, out var server) && server.Scheme is "http" or "https"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--server must be an http(s) URL, not '{Server}'.");
    }
}

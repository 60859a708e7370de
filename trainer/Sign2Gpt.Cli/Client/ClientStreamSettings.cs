using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Client;

internal sealed class ClientStreamSettings : CommandSettings
{
    /// <summary>The ingest API's own chunk limit (Ingest:MaxChunkBytes); larger chunks would only be refused.</summary>
    public const int MaxChunkBytes = 2 * 1024 * 1024;

    [CommandArgument(0, "<VIDEO>")]
    [Description("Any video ffmpeg can read; it is re-encoded as a phone would stream it (fragmented MP4, H.264).")]
    public string Video { get; init; } = "";

    /// <summary>Where <c>./sign2gpt up</c> serves the HTTP API.</summary>
    public const string DefaultHttpServer = "http://127.0.0.1:5080";

    /// <summary>Where <c>./sign2gpt up</c> serves the gRPC stream (the web's Streaming:Url).</summary>
    public const string DefaultGrpcServer = "http://127.0.0.1:5081";

    [CommandOption("--transport <TRANSPORT>")]
    [Description("http (default: a request per chunk, passes any proxy) or grpc (one bidirectional stream, as mobile apps use).")]
    public ClientTransport Transport { get; init; } = ClientTransport.Http;

    [CommandOption("--server <URL>")]
    [Description("The ingest endpoint (default: http://127.0.0.1:5080 for http, http://127.0.0.1:5081 for grpc, where ./sign2gpt up runs them).")]
    public string? Server { get; init; }

    [CommandOption("--key <KEY>")]
    [Description("API key (default: the demo tenant's, from .build/platform/demo-api-key in the repository).")]
    public string? Key { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("Spoken language to translate into.")]
    public string Language { get; init; } = "de";

    [CommandOption("--no-pace")]
    [Description("Send as fast as ffmpeg encodes instead of in real time like a camera.")]
    public bool NoPace { get; init; }

    [CommandOption("--chunk-bytes <N>")]
    [Description("Largest chunk uploaded in one request (default 65536).")]
    public int ChunkBytes { get; init; } = 64 * 1024;

    public Uri ServerUri => new(ServerUrl.EndsWith('/') ? ServerUrl : ServerUrl + "/");

    private string ServerUrl => Server ?? (Transport == ClientTransport.Grpc ? DefaultGrpcServer : DefaultHttpServer);

    public override ValidationResult Validate()
    {
        if (!File.Exists(Video))
        {
            return ValidationResult.Error($"Video '{Video}' does not exist.");
        }

        if (!Uri.TryCreate(ServerUrl, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            return ValidationResult.Error($"--server must be an http(s) URL, not '{ServerUrl}'.");
        }

        if (string.IsNullOrWhiteSpace(Language))
        {
            return ValidationResult.Error("--lang must name a language, e.g. de.");
        }

        return ChunkBytes is < 1 or > MaxChunkBytes
            ? ValidationResult.Error($"--chunk-bytes must be between 1 and {MaxChunkBytes}, not {ChunkBytes}.")
            : ValidationResult.Success();
    }
}

using System.Text.Json;
using Sign2Gpt.Cli.Hosting;
using Sign2Gpt.Client;
using Sign2Gpt.Inference.Translation;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Client;

/// <summary>
/// <c>client stream</c>: the reference mobile client against a running platform. Streams a video to the ingest
/// API as a phone would (re-encoded, chunked, paced in real time, resuming after dropped connections), prints
/// progress and partial hypotheses to stderr and the final translation as the last line of stdout.
/// </summary>
internal sealed class ClientStreamCommand : AsyncCommand<ClientStreamSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ClientStreamSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await StreamAsync(settings, cancellationToken);
        }
        catch (Exception exception) when (exception is IngestClientException or InvalidDataException or MissingKeyException)
        {
            // The expected failures are written here rather than by the shared exception handler, which wraps
            // long messages at the console width when stderr is not a terminal: a script reads one line.
            await Console.Error.WriteLineAsync($"error: {exception.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    private static async Task<int> StreamAsync(ClientStreamSettings settings, CancellationToken cancellationToken)
    {
        var key = settings.Key ?? PlatformKeyFile.Find(PlatformKeyFile.DemoApiKey) ?? throw new MissingKeyException(
            $"No API key: pass --key KEY, or start the platform with ./sign2gpt up, which writes {PlatformKeyFile.DemoApiKey} in the repository.");

        using var segmenter = new VideoSegmenter(settings.Video) { ChunkBytes = settings.ChunkBytes, Paced = !settings.NoPace };
        var fps = await segmenter.ProbeFpsAsync(cancellationToken);
        using var http = IngestClient.CreateHttpClient(settings.ServerUri, key);
        var client = new IngestClient(http);

        var session = await client.StreamAsync(
            segmenter.ReadChunksAsync(cancellationToken),
            new StreamOptions(settings.Language, fps),
            new ConsoleProgress(Console.Error),
            cancellationToken);

        // StreamAsync only returns completed sessions, which always carry their final translation.
        var result = StreamedTranslation.From(session.Final!);
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(result, TranslationJson.Options).AsMemory(), cancellationToken);
        return 0;
    }

    /// <summary>Neither --key nor a demo key file: a setup problem, told in one line like the client's own errors.</summary>
    private sealed class MissingKeyException(string message) : Exception(message);
}

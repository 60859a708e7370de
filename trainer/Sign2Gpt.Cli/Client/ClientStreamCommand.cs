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
        var chunks = segmenter.ReadChunksAsync(cancellationToken);
        var options = new StreamOptions(settings.Language, fps);
        var progress = new ConsoleProgress(Console.Error);
        var final = settings.Transport == ClientTransport.Grpc
            ? await StreamOverGrpcAsync(settings.ServerUri, key, chunks, options, progress, cancellationToken)
            : await StreamOverHttpAsync(settings.ServerUri, key, chunks, options, progress, cancellationToken);

        var result = StreamedTranslation.From(final);
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(result, TranslationJson.Options).AsMemory(), cancellationToken);
        return 0;
    }

    private static async Task<IngestTranslation> StreamOverHttpAsync(
        Uri server, string key, IAsyncEnumerable<byte[]> chunks, StreamOptions options, ConsoleProgress progress, CancellationToken cancellationToken)
    {
        using var http = IngestClient.CreateHttpClient(server, key);
        var session = await new IngestClient(http).StreamAsync(chunks, options, progress, cancellationToken);
        // StreamAsync only returns completed sessions, which always carry their final translation.
        return session.Final!;
    }

    private static async Task<IngestTranslation> StreamOverGrpcAsync(
        Uri server, string key, IAsyncEnumerable<byte[]> chunks, StreamOptions options, ConsoleProgress progress, CancellationToken cancellationToken)
    {
        using var channel = GrpcIngestClient.CreateChannel(server);
        var session = await new GrpcIngestClient(channel, key).StreamAsync(chunks, options, progress, cancellationToken);
        return session.Final;
    }

    /// <summary>Neither --key nor a demo key file: a setup problem, told in one line like the client's own errors.</summary>
    private sealed class MissingKeyException(string message) : Exception(message);
}

using Google.Protobuf;
using Wire = Sign2Gpt.Ingest.V1;

namespace Sign2Gpt.Client;

/// <summary>The gRPC stream's messages to and from the records this client reports, the same for both transports.</summary>
internal static class GrpcWire
{
    /// <summary>The trailer in which a call that ends in error carries the HTTP API's code.</summary>
    public const string CodeTrailer = "error-code";

    /// <summary>The rate limiter's code: the chunk or call was refused unseen and may go again after a wait.</summary>
    public const string RateLimited = "rate_limited";

    public static Wire.ClientMessage Start(StreamOptions options, Guid? resume)
    {
        var start = new Wire.Start
        {
            Language = options.Language,
            Format = options.Format == IngestFormat.JpegFrames ? Wire.VideoFormat.JpegFrames : Wire.VideoFormat.Container,
            Fps = options.Fps,
            Adapter = options.Adapter ?? "",
        };
        if (resume is { } sessionId)
        {
            start.SessionId = sessionId.ToString();
        }

        return new Wire.ClientMessage { Start = start };
    }

    public static Wire.ClientMessage Chunk(PendingChunks.Chunk chunk) => new()
    {
        // The bytes are kept, unchanged, until acknowledged: no need to copy them into the message.
        Chunk = new Wire.Chunk { Sequence = chunk.Sequence, Data = UnsafeByteOperations.UnsafeWrap(chunk.Data) },
    };

    public static Wire.ClientMessage End(long lastSequence) => new() { End = new Wire.End { LastSequence = lastSequence } };

    /// <summary>The HTTP API's wording of a chunk's status.</summary>
    public static string Status(Wire.ChunkStatus status) => status switch
    {
        Wire.ChunkStatus.Accepted => "accepted",
        Wire.ChunkStatus.Held => "held",
        Wire.ChunkStatus.Duplicate => "duplicate",
        _ => "unknown",
    };

    public static IngestTranslation Translation(Wire.Translation translation, bool isFinal) => new(
        translation.Text,
        translation.Language,
        [.. translation.Glosses.Select(gloss => new IngestGloss(gloss.Gloss_, gloss.Start, gloss.End, gloss.Score))],
        new IngestTimeline(
            translation.Timeline?.StepSeconds ?? 0,
            [.. translation.Timeline?.Glosses ?? []],
            [.. (translation.Timeline?.Probabilities ?? []).Select(row => row.Values.ToArray())]),
        translation.Adapter.Length == 0 ? null : translation.Adapter,
        translation.Frames,
        translation.VideoSeconds,
        translation.Tokens,
        isFinal);
}

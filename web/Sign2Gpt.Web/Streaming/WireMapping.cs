using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Web.Ingest;
using Wire = Sign2Gpt.Ingest.V1;

namespace Sign2Gpt.Web.Streaming;

/// <summary>The stream's messages to and from the records the HTTP API and the sessions use.</summary>
internal static class WireMapping
{
    /// <summary>The HTTP API's request, so that both transports validate a start alike.</summary>
    public static CreateSessionRequest ToRequest(Wire.Start start) => new(
        start.Language,
        start.Format switch
        {
            Wire.VideoFormat.Container => VideoChunkFormat.Container,
            Wire.VideoFormat.JpegFrames => VideoChunkFormat.JpegFrames,
            _ => null,
        },
        // proto3 has no absent double: 0 is "not given", which the request reports as missing.
        start.Fps == 0 ? null : start.Fps,
        start.Adapter.Length == 0 ? null : start.Adapter);

    public static VideoChunk ToChunk(Wire.Chunk chunk) => new(chunk.Sequence, chunk.Data.ToByteArray());

    public static Wire.ServerMessage Opened(SessionSnapshot session) => new()
    {
        Opened = new Wire.Opened { SessionId = session.SessionId.ToString(), NextExpected = session.NextExpected },
    };

    public static Wire.ServerMessage Ack(ChunkReceipt receipt) => new()
    {
        Ack = new Wire.Ack
        {
            Sequence = receipt.Sequence,
            Status = receipt.Status switch
            {
                ChunkStatus.Accepted => Wire.ChunkStatus.Accepted,
                ChunkStatus.Held => Wire.ChunkStatus.Held,
                ChunkStatus.Duplicate => Wire.ChunkStatus.Duplicate,
                _ => Wire.ChunkStatus.Unspecified,
            },
            NextExpected = receipt.NextExpected,
            Held = receipt.Held,
        },
    };

    public static Wire.ServerMessage Partial(Translation translation) => new() { Partial = ToWire(translation) };

    public static Wire.ServerMessage Final(Translation translation) => new() { Final = ToWire(translation) };

    private static Wire.Translation ToWire(Translation translation)
    {
        var timeline = new Wire.Timeline { StepSeconds = translation.Timeline.StepSeconds };
        timeline.Glosses.AddRange(translation.Timeline.Glosses);
        timeline.Probabilities.AddRange(translation.Timeline.Probabilities.Select(row => new Wire.Probabilities { Values = { row } }));

        var wire = new Wire.Translation
        {
            Text = translation.Text,
            Language = translation.Language,
            Timeline = timeline,
            Adapter = translation.Adapter ?? "",
            Frames = translation.Frames,
            VideoSeconds = translation.VideoSeconds,
            Tokens = translation.Tokens,
        };
        wire.Glosses.AddRange(translation.Glosses.Select(gloss => new Wire.Gloss
        {
            Gloss_ = gloss.Gloss,
            Start = gloss.Start,
            End = gloss.End,
            Score = gloss.Score,
        }));
        return wire;
    }
}

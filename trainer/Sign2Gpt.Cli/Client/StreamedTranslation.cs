using Sign2Gpt.Client;
using Sign2Gpt.Inference.Translation;

namespace Sign2Gpt.Cli.Client;

/// <summary>
/// A streamed session's final translation in the shape <c>sign2gpt translate</c> prints (text, language, glosses,
/// timeline, adapter, timing), built from the same records, so scripts read both the same way.
/// </summary>
/// <param name="Timing">
/// Not translate's milliseconds breakdown: the server extracted features chunk by chunk while the video arrived and
/// decoded several partial hypotheses on the way, so there is no single features/encoder/decoder split to report,
/// and the client's wall time is mostly the video's own length when paced. What is known is carried instead.
/// </param>
internal sealed record StreamedTranslation(
    string Text,
    string Language,
    IReadOnlyList<LocalizedGloss> Glosses,
    GlossTimeline Timeline,
    string? Adapter,
    StreamedTiming Timing)
{
    public static StreamedTranslation From(IngestTranslation final) => new(
        final.Text,
        final.Language,
        [.. final.Glosses.Select(gloss => new LocalizedGloss(gloss.Gloss, gloss.Start, gloss.End, gloss.Score))],
        new GlossTimeline(final.Timeline.StepSeconds, final.Timeline.Glosses, final.Timeline.Probabilities),
        final.Adapter,
        new StreamedTiming(final.Frames, final.Tokens, final.VideoSeconds));
}

/// <summary>What the session reports about the final decode: frames seen, tokens produced, seconds of video.</summary>
internal sealed record StreamedTiming(int Frames, int Tokens, double VideoSeconds);

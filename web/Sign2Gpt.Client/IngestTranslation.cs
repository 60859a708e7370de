namespace Sign2Gpt.Client;

/// <summary>A partial or final translation of a session.</summary>
/// <param name="Adapter">The adapter that decoded it, e.g. "de@v1"; null for the base model.</param>
/// <param name="Frames">Frames the hypothesis covers.</param>
/// <param name="Tokens">Tokens the decoder produced for it.</param>
public sealed record IngestTranslation(
    string Text,
    string Language,
    IReadOnlyList<IngestGloss> Glosses,
    IngestTimeline Timeline,
    string? Adapter,
    int Frames,
    double VideoSeconds,
    int Tokens,
    bool IsFinal);

/// <summary>A pseudo-gloss localised in time (seconds) with its score.</summary>
public sealed record IngestGloss(string Gloss, double Start, double End, double Score);

/// <summary>Per-step pseudo-gloss probabilities: one row per listed gloss, one column per encoder step.</summary>
public sealed record IngestTimeline(double StepSeconds, IReadOnlyList<string> Glosses, IReadOnlyList<float[]> Probabilities);

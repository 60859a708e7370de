namespace Sign2Gpt.Client;

/// <summary>A session as <c>GET /v1/sessions/{id}</c> and its <c>snapshot</c> events describe it.</summary>
/// <param name="NextExpected">The lowest chunk the server has not received: where an upload resumes.</param>
/// <param name="Held">Chunks the server keeps ahead of a gap.</param>
/// <param name="Partial">The hypothesis over the video decoded so far.</param>
/// <param name="Final">The translation of the whole video, once completed.</param>
/// <param name="Error">Why the session failed, when it did.</param>
public sealed record IngestSnapshot(
    Guid SessionId,
    string TenantId,
    string Language,
    IngestStatus Status,
    long NextExpected,
    int Held,
    long BytesReceived,
    int FramesDecoded,
    double VideoSeconds,
    IngestTranslation? Partial,
    IngestTranslation? Final,
    IngestError? Error)
{
    /// <summary>Nothing changes after these: the upload is over either way.</summary>
    public bool IsTerminal => Status is IngestStatus.Completed or IngestStatus.Failed;
}

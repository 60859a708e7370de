using Orleans.Runtime;

namespace Sign2Gpt.Contracts.Sessions;

/// <summary>
/// The Orleans streams between the ingest edge and a session, one of each per session: <see cref="VideoChunk"/>s in
/// (the session subscribes implicitly), <see cref="SessionUpdate"/>s out (edges subscribe while they serve the
/// session's clients).
/// </summary>
public static class SessionStreams
{
    public const string Provider = "sessions";

    /// <summary>
    /// Queues of the provider. Silos and clients must agree, or a client writes to a queue no silo reads; few, because
    /// each queue is read every few milliseconds even when idle.
    /// </summary>
    public const int Queues = 4;

    public const string ChunkNamespace = "session-chunks";

    public const string UpdateNamespace = "session-updates";

    public static StreamId Chunks(Guid sessionId) => StreamId.Create(ChunkNamespace, sessionId);

    public static StreamId Updates(Guid sessionId) => StreamId.Create(UpdateNamespace, sessionId);
}

namespace Sign2Gpt.Client;

/// <summary>
/// What <see cref="IngestClient.StreamAsync"/> and <see cref="GrpcIngestClient.StreamAsync"/> report while they work, for a progress line or a live caption.
/// Records, so that a UI can pattern-match them and tests can compare them.
/// </summary>
public abstract record ClientEvent;

/// <summary>The session was opened; everything after refers to it.</summary>
/// <param name="Location">The session's address on the HTTP API; null over gRPC, where the stream is the session.</param>
public sealed record SessionOpened(Guid SessionId, Uri? Location) : ClientEvent;

/// <summary>The server stored a chunk; every chunk below <paramref name="NextExpected"/> is safe and forgotten.</summary>
/// <param name="Status">"accepted", "held" or "duplicate".</param>
public sealed record ChunkAcknowledged(long Sequence, string Status, long NextExpected, int Held) : ClientEvent;

/// <summary>
/// The connection dropped and came back: the server had everything below <paramref name="NextExpected"/>, and
/// <paramref name="Resent"/> chunks that had been sent before are being sent again.
/// </summary>
/// <param name="Failures">Transport failures in a row before the connection came back.</param>
public sealed record ConnectionResumed(long NextExpected, int Resent, int Failures) : ClientEvent;

/// <summary>A new hypothesis over the video decoded so far.</summary>
public sealed record PartialTranslation(IngestTranslation Translation) : ClientEvent;

/// <summary>The session completed with this translation of the whole video.</summary>
public sealed record FinalTranslation(IngestTranslation Translation) : ClientEvent;

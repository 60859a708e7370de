namespace Sign2Gpt.Client;

/// <summary>A session streamed to completion over gRPC: its id and the translation of the whole video.</summary>
public sealed record StreamedSession(Guid SessionId, IngestTranslation Final);

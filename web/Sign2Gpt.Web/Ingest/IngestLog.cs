using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>The ingest API's log events; session and tenant ids are structured fields, never secrets.</summary>
public static partial class IngestLog
{
    [LoggerMessage(LogLevel.Information, "Session {SessionId} started for tenant {TenantId} ({Language}, {Format}, {Fps} fps)")]
    public static partial void SessionStarted(
        ILogger logger, Guid sessionId, string tenantId, string language, VideoChunkFormat format, double fps);

    [LoggerMessage(LogLevel.Debug, "Session {SessionId} chunk {Sequence} ({Bytes} bytes): {Status}, next expected {NextExpected}")]
    public static partial void ChunkReceived(
        ILogger logger, Guid sessionId, long sequence, int bytes, ChunkStatus status, long nextExpected);

    [LoggerMessage(LogLevel.Information, "Session {SessionId} ended after chunk {LastSequence}: {Status}")]
    public static partial void SessionEnded(ILogger logger, Guid sessionId, long lastSequence, SessionStatus status);

    [LoggerMessage(LogLevel.Information, "Rejected {Method} {Path}: {Code} ({Reason})")]
    public static partial void Rejected(ILogger logger, string method, string path, string code, string reason);

    [LoggerMessage(LogLevel.Information, "Bad request {Method} {Path}: {Reason}")]
    public static partial void BadRequest(ILogger logger, string method, string path, string reason);

    [LoggerMessage(LogLevel.Error, "Unhandled error in {Method} {Path}")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, string path);
}

namespace Sign2Gpt.Web.Streaming;

/// <summary>The gRPC stream's own log events; the session events it shares with HTTP are <c>IngestLog</c>'s.</summary>
internal static partial class StreamingLog
{
    [LoggerMessage(LogLevel.Information, "Session {SessionId} resumed over gRPC by tenant {TenantId} at chunk {NextExpected}")]
    public static partial void Resumed(ILogger logger, Guid sessionId, string tenantId, long nextExpected);

    [LoggerMessage(LogLevel.Information, "Session {SessionId}: chunk {Sequence} refused over gRPC: {Code} ({Reason})")]
    public static partial void ChunkRefused(ILogger logger, Guid sessionId, long sequence, string code, string reason);

    [LoggerMessage(LogLevel.Information, "Session {SessionId}: end refused over gRPC: {Code} ({Reason})")]
    public static partial void EndRefused(ILogger logger, Guid sessionId, string code, string reason);

    [LoggerMessage(LogLevel.Information, "Session {SessionId}: the gRPC client left before ending it; it can resume")]
    public static partial void Detached(ILogger logger, Guid sessionId);

    [LoggerMessage(LogLevel.Information, "Session {SessionId}: gRPC stream ended for shutdown; the client can resume")]
    public static partial void ShuttingDown(ILogger logger, Guid sessionId);

    [LoggerMessage(LogLevel.Information, "Session {SessionId} sent its final translation over gRPC")]
    public static partial void Completed(ILogger logger, Guid sessionId);

    [LoggerMessage(LogLevel.Information, "gRPC stream refused for tenant {TenantId}: {Code} ({Reason})")]
    public static partial void Refused(ILogger logger, string tenantId, string code, string reason);
}

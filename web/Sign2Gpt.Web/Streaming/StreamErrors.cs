using Grpc.Core;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Web.Ingest;
using Wire = Sign2Gpt.Ingest.V1;

namespace Sign2Gpt.Web.Streaming;

/// <summary>
/// The stream's two kinds of error, with the HTTP API's codes: a refusal is an <c>Error</c> message and the stream
/// goes on (the client may correct itself); a fault ends the call with a gRPC status and the code in the
/// <see cref="ApiError.GrpcCodeTrailer"/> trailer.
/// </summary>
internal static class StreamErrors
{
    public static Wire.ServerMessage Refusal(string code, string message, long? sequence)
    {
        var error = new Wire.Error { Code = code, Message = message };
        if (sequence is { } chunk)
        {
            error.Sequence = chunk;
        }

        return new Wire.ServerMessage { Error = error };
    }

    public static RpcException Fault(string code, string message) => Fault(StatusFor(code), code, message);

    /// <summary>The same answer for a missing session and another tenant's, as on the HTTP API.</summary>
    public static RpcException NotFound(string sessionId) =>
        Fault(ApiError.SessionNotFound, $"Session {sessionId} does not exist.");

    /// <summary>The session failed (unreadable video, gap timeout): nothing more will come of it.</summary>
    public static RpcException Failed(SessionError? error) => Fault(
        StatusCode.Aborted, error?.Code ?? "session_failed", error?.Message ?? "The session failed.");

    /// <summary>The gRPC status of a code, derived from its HTTP status so that both transports agree.</summary>
    public static StatusCode StatusFor(string code) => ApiError.GrpcStatusFor(code switch
    {
        ApiError.Unauthorized => StatusCodes.Status401Unauthorized,
        ApiError.SessionNotFound => StatusCodes.Status404NotFound,
        ApiError.RateLimited => StatusCodes.Status429TooManyRequests,
        _ => RejectionStatus.For(code),
    });

    private static RpcException Fault(StatusCode status, string code, string message) =>
        new(new Status(status, message), new Metadata { { ApiError.GrpcCodeTrailer, code } });
}

using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// The body of every refusal the API itself decides: <c>{ "error": { "code": ..., "message": ... } }</c>. Codes are
/// stable and machine-readable; messages are for people and may change.
/// </summary>
public sealed record ApiError(ApiErrorDetail Error)
{
    /// <summary>No or no valid API key.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>No such session for this tenant: another tenant's sessions are indistinguishable from none.</summary>
    public const string SessionNotFound = "session_not_found";

    /// <summary>The key made more requests this minute than <see cref="IngestOptions.RequestsPerMinutePerKey"/> allows.</summary>
    public const string RateLimited = "rate_limited";

    public static JsonHttpResult<ApiError> Result(int statusCode, string code, string message) =>
        TypedResults.Json(new ApiError(new ApiErrorDetail(code, message)), statusCode: statusCode);

    /// <summary>The trailer in which a gRPC refusal carries its code, since gRPC statuses are coarser than codes.</summary>
    public const string GrpcCodeTrailer = "error-code";

    /// <summary>
    /// Writes a refusal that middleware decides (no key, rate limit) in the caller's protocol: this JSON for HTTP,
    /// and for gRPC a trailers-only response, since gRPC clients read the status from trailers and ignore bodies.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int statusCode, string code, string message)
    {
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Result(statusCode, code, message).ExecuteAsync(context);
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)GrpcStatusFor(statusCode)).ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        response.Headers[GrpcCodeTrailer] = code;
        return Task.CompletedTask;
    }

    /// <summary>The gRPC status of an HTTP status, so that both transports refuse alike.</summary>
    public static StatusCode GrpcStatusFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status401Unauthorized => StatusCode.Unauthenticated,
        StatusCodes.Status404NotFound => StatusCode.NotFound,
        StatusCodes.Status409Conflict => StatusCode.FailedPrecondition,
        StatusCodes.Status413PayloadTooLarge or StatusCodes.Status429TooManyRequests => StatusCode.ResourceExhausted,
        _ => StatusCode.InvalidArgument,
    };

    public static JsonHttpResult<ApiError> NotFound(Guid sessionId) =>
        Result(StatusCodes.Status404NotFound, SessionNotFound, $"Session {sessionId} does not exist.");
}

public sealed record ApiErrorDetail(string Code, string Message);

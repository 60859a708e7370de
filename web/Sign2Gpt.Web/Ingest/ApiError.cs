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

    public static JsonHttpResult<ApiError> NotFound(Guid sessionId) =>
        Result(StatusCodes.Status404NotFound, SessionNotFound, $"Session {sessionId} does not exist.");
}

public sealed record ApiErrorDetail(string Code, string Message);

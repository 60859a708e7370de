using Microsoft.AspNetCore.Http.HttpResults;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>The one place a <see cref="SessionRejectedException"/> code becomes an HTTP status.</summary>
public static class RejectionStatus
{
    public static int For(string code) => code switch
    {
        RejectionCode.UnknownTenant or RejectionCode.NotStarted => StatusCodes.Status404NotFound,
        RejectionCode.LanguageNotEnabled or RejectionCode.InvalidRequest or RejectionCode.ChunkOutOfRange =>
            StatusCodes.Status400BadRequest,
        RejectionCode.ChunkTooLarge or RejectionCode.SessionTooLong => StatusCodes.Status413PayloadTooLarge,
        RejectionCode.QuotaExceeded => StatusCodes.Status429TooManyRequests,
        RejectionCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        RejectionCode.AlreadyStarted or RejectionCode.Ended or RejectionCode.ChunkConflict => StatusCodes.Status409Conflict,

        // A code newer than this edge is still the caller's mistake, which is what a rejection means.
        _ => StatusCodes.Status400BadRequest,
    };

    public static JsonHttpResult<ApiError> ToResult(this SessionRejectedException rejection) =>
        ApiError.Result(For(rejection.Code), rejection.Code, rejection.Message);
}

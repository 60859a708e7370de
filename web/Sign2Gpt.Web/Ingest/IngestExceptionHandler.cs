using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// What no endpoint answered: unreadable request bodies become the API's JSON error; anything else becomes a
/// 500 problem with a trace id and no internals, and the exception goes to the log only.
/// </summary>
public sealed class IngestExceptionHandler(IProblemDetailsService problemDetails, ILogger<IngestExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        if (exception is BadHttpRequestException badRequest)
        {
            IngestLog.BadRequest(logger, request.Method, request.Path, badRequest.Message);
            var code = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? RejectionCode.ChunkTooLarge
                : RejectionCode.InvalidRequest;
            await ApiError.Result(badRequest.StatusCode, code, badRequest.Message).ExecuteAsync(httpContext);
            return true;
        }

        IngestLog.Unhandled(logger, exception, request.Method, request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
            },
        });
    }
}

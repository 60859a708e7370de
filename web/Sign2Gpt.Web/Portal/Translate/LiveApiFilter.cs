using Microsoft.AspNetCore.Antiforgery;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Web.Ingest;
using StackExchange.Redis;

namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>
/// What every live request passes. The page's script sends the antiforgery token as a header, and a request without
/// a valid one is refused before its body is read. A session's refusal, or a cluster that does not answer, becomes
/// the same JSON error the ingest API gives, so the script can always tell the person why, never a bare 500. The
/// cluster or the recording store being away is a 503, which the script answers by sending again.
/// </summary>
public sealed partial class LiveApiFilter(IAntiforgery antiforgery, ILogger<LiveApiFilter> logger) : IEndpointFilter
{
    public const string AntiforgeryFailed = "antiforgery_failed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            LogRefused(logger, request.Method, request.Path, AntiforgeryFailed, "no valid antiforgery token");
            return ApiError.Result(
                StatusCodes.Status400BadRequest, AntiforgeryFailed, "The request did not come from a current portal page; reload the page and try again.");
        }

        try
        {
            return await next(context);
        }
        catch (SessionRejectedException rejection)
        {
            LogRefused(logger, request.Method, request.Path, rejection.Code, rejection.Message);
            return rejection.ToResult();
        }
        catch (Exception error) when (error is OrleansException or TimeoutException or RedisException)
        {
            LogRefused(logger, request.Method, request.Path, RejectionCode.Unavailable, error.Message);
            return ApiError.Result(
                StatusCodes.Status503ServiceUnavailable, RejectionCode.Unavailable, "The translation service did not answer in time; try again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused live {Method} {Path}: {Code} ({Reason})")]
    private static partial void LogRefused(ILogger logger, string method, string path, string code, string reason);
}

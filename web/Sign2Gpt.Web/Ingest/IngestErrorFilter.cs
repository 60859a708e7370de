using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// Turns a session's refusal into its JSON error. Refusals are expected outcomes (quota, wrong order, ...), so they
/// are answered here rather than left to the exception handler, which is kept for the unexpected.
/// </summary>
public sealed class IngestErrorFilter(ILogger<IngestErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (SessionRejectedException rejection)
        {
            var request = context.HttpContext.Request;
            IngestLog.Rejected(logger, request.Method, request.Path, rejection.Code, rejection.Message);
            return rejection.ToResult();
        }
    }
}

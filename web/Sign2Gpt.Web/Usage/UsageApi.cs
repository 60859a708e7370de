using Microsoft.AspNetCore.Http.HttpResults;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Usage;
using Sign2Gpt.Web.Ingest;

namespace Sign2Gpt.Web.Usage;

/// <summary>The usage report of the caller's tenant, per day, language and adapter: what billing reads.</summary>
public static class UsageApi
{
    public const int MaxDays = 92;

    public static IEndpointRouteBuilder MapUsageApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/usage", GetAsync)
            .WithTags("Usage")
            .WithName("GetUsage")
            .WithSummary("Usage report")
            .WithDescription($"Sessions, video seconds, frames and tokens per UTC day, language and adapter, from..to inclusive (at most {MaxDays} days; today by default).")
            .RequireAuthorization(ApiKeyAuthentication.Policy)
            .RequireRateLimiting(IngestRateLimiting.Policy)
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests);
        return endpoints;
    }

    public static async Task<Results<Ok<UsageReport>, JsonHttpResult<ApiError>>> GetAsync(
        DateOnly? from, DateOnly? to, ApiCaller caller, IGrainFactory grains, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var first = from ?? to ?? today;
        var last = to ?? from ?? today;
        if (last < first || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, RejectionCode.InvalidRequest, $"from..to must be in order and span at most {MaxDays} days.");
        }

        var days = await Task.WhenAll(Enumerable.Range(0, last.DayNumber - first.DayNumber + 1)
            .Select(offset => grains.GetGrain<IUsageGrain>(UsageKey.For(caller.TenantId, first.AddDays(offset))).GetAsync(cancellationToken)));
        return TypedResults.Ok(new UsageReport(caller.TenantId, first, last, [.. days.Where(d => d.Lines.Count > 0)]));
    }
}

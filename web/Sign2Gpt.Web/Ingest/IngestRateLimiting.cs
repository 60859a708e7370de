using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sign2Gpt.Web.Ingest;

/// <summary>Requests per API key, counted by ASP.NET Core's rate limiter after the key was verified.</summary>
public static partial class IngestRateLimiting
{
    public const string Policy = "per-api-key";

    public static IServiceCollection AddIngestRateLimiting(this IServiceCollection services) =>
        services.AddSingleton<ApiKeyRateLimiter>().AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, Partition);
            limiter.OnRejected = RejectAsync;
        });

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        // Authorization runs first, so every request here has a verified key; partitioning by the verified key (not
        // by whatever the header claims) means nobody can spend another key's budget with a forged secret.
        var partition = ApiCaller.FromPrincipal(context.User)?.RateLimitPartition
            ?? "anonymous:" + context.Connection.RemoteIpAddress;
        var limiter = context.RequestServices.GetRequiredService<ApiKeyRateLimiter>();
        return RateLimitPartition.Get(partition, limiter.Partition);
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = ApiKeyRateLimiter.RetryAfter(rejected.Lease);
        context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);

        Log.RateLimited(
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestRateLimiting)),
            ApiCaller.FromPrincipal(context.User)?.RateLimitPartition ?? "anonymous");
        await ApiError.WriteAsync(
            context,
            StatusCodes.Status429TooManyRequests,
            ApiError.RateLimited,
            "Too many requests for this API key; retry after the Retry-After header's seconds.");
    }

    private static partial class Log
    {
        [LoggerMessage(LogLevel.Warning, "Rate limit reached for API key {Partition}")]
        public static partial void RateLimited(ILogger logger, string partition);
    }
}

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sign2Gpt.Web.Ingest;

/// <summary>Requests per API key, counted by ASP.NET Core's rate limiter after the key was verified.</summary>
public static partial class IngestRateLimiting
{
    public const string Policy = "per-api-key";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int SegmentsPerWindow = 6;

    public static IServiceCollection AddIngestRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, Partition);
            limiter.OnRejected = RejectAsync;
        });

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var perMinute = context.RequestServices.GetRequiredService<IOptions<IngestOptions>>().Value.RequestsPerMinutePerKey;

        // Authorization runs first, so every request here has a verified key; partitioning by the verified key (not
        // by whatever the header claims) means nobody can spend another key's budget with a forged secret.
        var partition = ApiCaller.FromPrincipal(context.User)?.RateLimitPartition
            ?? "anonymous:" + context.Connection.RemoteIpAddress;

        // A sliding window, so that a client cannot send two minutes' worth around a window boundary.
        return RateLimitPartition.GetSlidingWindowLimiter(partition, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = Window,
            SegmentsPerWindow = SegmentsPerWindow,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        // Sliding windows report no retry time; a segment is the longest a client can need to wait for a permit.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var exact) ? exact : Window / SegmentsPerWindow;
        context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);

        Log.RateLimited(
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestRateLimiting)),
            ApiCaller.FromPrincipal(context.User)?.RateLimitPartition ?? "anonymous");
        await ApiError.Result(
                StatusCodes.Status429TooManyRequests,
                ApiError.RateLimited,
                "Too many requests for this API key; retry after the Retry-After header's seconds.")
            .ExecuteAsync(context);
    }

    private static partial class Log
    {
        [LoggerMessage(LogLevel.Warning, "Rate limit reached for API key {Partition}")]
        public static partial void RateLimited(ILogger logger, string partition);
    }
}

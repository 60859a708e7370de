using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// Every API key's one budget of <see cref="IngestOptions.RequestsPerMinutePerKey"/>, spent by HTTP requests and by
/// gRPC stream messages alike: a client cannot double its rate by switching transports or using both.
/// </summary>
public sealed class ApiKeyRateLimiter : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int SegmentsPerWindow = 6;

    private readonly PartitionedRateLimiter<string> _limiter;

    public ApiKeyRateLimiter(IOptions<IngestOptions> options)
    {
        var perMinute = options.Value.RequestsPerMinutePerKey;
        // A sliding window, so that a client cannot send two minutes' worth around a window boundary.
        _limiter = PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetSlidingWindowLimiter(
            partition,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = Window,
                SegmentsPerWindow = SegmentsPerWindow,
                QueueLimit = 0,
            }));
    }

    /// <summary>Sliding windows report no retry time; a segment is the longest a client can need to wait for a permit.</summary>
    public static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var exact) ? exact : Window / SegmentsPerWindow;

    /// <summary>One permit for <paramref name="caller"/>'s key, or a lease that says no (without waiting).</summary>
    public RateLimitLease Acquire(ApiCaller caller) => _limiter.AttemptAcquire(caller.RateLimitPartition);

    /// <summary>
    /// One partition as a limiter of its own, for ASP.NET Core's rate limiting middleware. It never reports itself
    /// idle, so the middleware does not dispose it: the budget lives here, shared, not in the middleware.
    /// </summary>
    public RateLimiter Partition(string partition) => new PartitionView(_limiter, partition);

    public void Dispose() => _limiter.Dispose();

    private sealed class PartitionView(PartitionedRateLimiter<string> limiter, string partition) : RateLimiter
    {
        public override TimeSpan? IdleDuration => null;

        public override RateLimiterStatistics? GetStatistics() => limiter.GetStatistics(partition);

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => limiter.AttemptAcquire(partition, permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            limiter.AcquireAsync(partition, permitCount, cancellationToken);
    }
}

using Sign2Gpt.Silo.Serving;

namespace Sign2Gpt.Platform.Tests.Serving;

public sealed class DynamicBatcherTests
{
    [Fact]
    public async Task Requests_that_arrive_while_a_batch_runs_form_the_next_batch_up_to_the_item_limit()
    {
        using var release = new SemaphoreSlim(0);
        var batches = new List<int[]>();
        await using var batcher = new DynamicBatcher<int, int>(
            requests =>
            {
                lock (batches)
                {
                    batches.Add([.. requests]);
                }

                if (requests[0] == 0)
                {
                    release.Wait();
                }

                return [.. requests.Select(r => r * 10)];
            },
            itemsOf: r => r == 0 ? 1 : 3,
            maxItems: 7,
            maxWait: TimeSpan.FromMilliseconds(1),
            TimeProvider.System);

        var first = batcher.RunAsync(0, CancellationToken.None);
        await WaitUntilAsync(() => batches.Count == 1);
        var queued = Enumerable.Range(1, 5).Select(r => batcher.RunAsync(r, CancellationToken.None)).ToList();
        release.Release();

        Assert.Equal(0, await first);
        var results = await Task.WhenAll(queued);
        Assert.Equal([10, 20, 30, 40, 50], results);
        Assert.Equal([[0], [1, 2], [3, 4], [5]], batches);
        Assert.Equal(new BatchingStatistics(4, 6, 1 + 5 * 3, 6), batcher.Statistics);
    }

    [Fact]
    public async Task A_lone_request_runs_after_the_wait_and_a_failing_batch_fails_only_its_requests()
    {
        var calls = 0;
        await using var batcher = new DynamicBatcher<int, int>(
            requests => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("device lost") : [.. requests],
            itemsOf: _ => 1,
            maxItems: 100,
            maxWait: TimeSpan.FromMilliseconds(20),
            TimeProvider.System);

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => batcher.RunAsync(1, CancellationToken.None));
        Assert.Equal("device lost", failed.Message);
        Assert.Equal(2, await batcher.RunAsync(2, CancellationToken.None));
    }

    [Fact]
    public async Task A_request_cancelled_before_its_batch_forms_is_not_run()
    {
        using var release = new SemaphoreSlim(0);
        var ran = new List<int>();
        await using var batcher = new DynamicBatcher<int, int>(
            requests =>
            {
                lock (ran)
                {
                    ran.AddRange(requests);
                }

                if (requests[0] == 0)
                {
                    release.Wait();
                }

                return [.. requests];
            },
            itemsOf: _ => 1,
            maxItems: 10,
            maxWait: TimeSpan.FromMilliseconds(1),
            TimeProvider.System);

        var blocking = batcher.RunAsync(0, CancellationToken.None);
        await WaitUntilAsync(() => ran.Count == 1);
        using var cancel = new CancellationTokenSource();
        var cancelled = batcher.RunAsync(1, cancel.Token);
        var kept = batcher.RunAsync(2, CancellationToken.None);
        await cancel.CancelAsync();
        release.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(2, await kept);
        await blocking;
        Assert.Equal([0, 2], ran);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(5);
        }
    }
}

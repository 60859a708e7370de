using System.Threading.Channels;

namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// Gathers requests from many callers into one run of a model: a batch closes when the next request would take it
/// past <c>maxItems</c> (each request counts its own items) or <c>maxWait</c> after its first request arrived,
/// whichever comes first. One batch runs at a time, which is what a device wants; callers wait only for theirs.
/// </summary>
public sealed class DynamicBatcher<TRequest, TResult> : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<TRequest>, IReadOnlyList<TResult>> _run;
    private readonly Func<TRequest, int> _itemsOf;
    private readonly int _maxItems;
    private readonly TimeSpan _maxWait;
    private readonly TimeProvider _time;
    private readonly Task _loop;
    private long _batches;
    private long _requests;
    private long _items;
    private int _largestBatch;

    /// <param name="run">Runs one batch; result i answers request i.</param>
    public DynamicBatcher(Func<IReadOnlyList<TRequest>, IReadOnlyList<TResult>> run, Func<TRequest, int> itemsOf, int maxItems, TimeSpan maxWait, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        _run = run;
        _itemsOf = itemsOf;
        _maxItems = maxItems;
        _maxWait = maxWait;
        _time = time;
        _loop = Task.Factory.StartNew(LoopAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    public BatchingStatistics Statistics => new(
        Interlocked.Read(ref _batches), Interlocked.Read(ref _requests), Interlocked.Read(ref _items), Volatile.Read(ref _largestBatch));

    public Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken)
    {
        var pending = new Pending(request, _itemsOf(request), cancellationToken);
        return _queue.Writer.TryWrite(pending) ? pending.Result.Task : Task.FromException<TResult>(new ObjectDisposedException(nameof(DynamicBatcher<TRequest, TResult>)));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task LoopAsync()
    {
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            await FillAsync(batch);
            Run(batch);
            batch.Clear();
        }
    }

    private async Task FillAsync(List<Pending> batch)
    {
        var items = 0;
        var deadline = _time.GetTimestamp() + (long)(_maxWait.TotalSeconds * _time.TimestampFrequency);
        while (true)
        {
            while (_queue.Reader.TryPeek(out var next))
            {
                if (batch.Count > 0 && items + next.Items > _maxItems)
                {
                    return;
                }

                _queue.Reader.TryRead(out _);
                if (next.CancellationToken.IsCancellationRequested)
                {
                    next.Result.TrySetCanceled(next.CancellationToken);
                    continue;
                }

                batch.Add(next);
                items += next.Items;
            }

            var remaining = _time.GetElapsedTime(_time.GetTimestamp(), deadline);
            if (batch.Count == 0 ? !await _queue.Reader.WaitToReadAsync() : items >= _maxItems || remaining <= TimeSpan.Zero)
            {
                return;
            }

            if (batch.Count > 0)
            {
                using var wait = new CancellationTokenSource(remaining, _time);
                try
                {
                    if (!await _queue.Reader.WaitToReadAsync(wait.Token))
                    {
                        return;
                    }
                }
                catch (OperationCanceledException) when (wait.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private void Run(List<Pending> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var results = _run([.. batch.Select(p => p.Request)]);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Result.TrySetResult(results[i]);
            }
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
            {
                pending.Result.TrySetException(e);
            }
        }

        var items = batch.Sum(p => p.Items);
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _requests, batch.Count);
        Interlocked.Add(ref _items, items);
        if (items > Volatile.Read(ref _largestBatch))
        {
            Volatile.Write(ref _largestBatch, items);
        }
    }

    private sealed record Pending(TRequest Request, int Items, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<TResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

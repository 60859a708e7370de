using Microsoft.Extensions.Logging;
using Sign2Gpt.Contracts.Training;

namespace Sign2Gpt.Trainer.Jobs;

/// <summary>
/// A claimed job's hold on the queue: sends the latest progress at every stage change and on a heartbeat, which
/// renews the lease, and cancels <see cref="Token"/> as soon as the queue says the job is no longer ours (an admin
/// cancelled it, or the lease ran out and another worker took over).
/// </summary>
internal sealed partial class JobLease : IAsyncDisposable
{
    private const int MaxLossPoints = 200;

    private readonly ITrainingQueueGrain _queue;
    private readonly TrainingJob _job;
    private readonly string _worker;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost;
    private readonly Task _heartbeat;
    private readonly List<double> _losses;
    private readonly Lock _gate = new();
    private TrainingProgress _progress;

    public JobLease(ITrainingQueueGrain queue, TrainingJob job, string worker, TimeSpan heartbeat, ILogger logger, CancellationToken stopping)
    {
        _queue = queue;
        _job = job;
        _worker = worker;
        _logger = logger;
        _lost = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        // A resumed job keeps the loss curve its earlier workers drew.
        _losses = [.. job.Progress?.Losses ?? []];
        _progress = new TrainingProgress("starting", 0, 0, 0, [.. _losses], null);
        _heartbeat = BeatAsync(heartbeat);
    }

    /// <summary>Cancelled when the job is no longer this worker's to run, or the worker stops.</summary>
    public CancellationToken Token => _lost.Token;

    public Task StageAsync(string stage, double fraction) => SendAsync(Update(p => p with { Stage = stage, Fraction = fraction }));

    /// <summary>Records a step's progress; sent with the next heartbeat.</summary>
    public void Training(int epoch, int epochs, double loss, double fraction, TimeSpan? remaining) =>
        Update(p =>
        {
            if (_losses.Count < MaxLossPoints * 2)
            {
                _losses.Add(loss);
            }
            else
            {
                // Halve the resolution instead of dropping the start of the curve.
                var thinned = _losses.Where((_, i) => i % 2 == 0).ToList();
                _losses.Clear();
                _losses.AddRange(thinned);
                _losses.Add(loss);
            }

            return p with { Stage = "training", Epoch = epoch, Epochs = epochs, Fraction = fraction, Remaining = remaining, Losses = [.. _losses] };
        });

    public Task CompleteAsync(TrainingJobOutcome outcome) => _queue.CompleteAsync(_job.JobId, _worker, outcome, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _lost.CancelAsync();
        try
        {
            await _heartbeat;
        }
        catch (OperationCanceledException)
        {
        }

        _lost.Dispose();
    }

    private TrainingProgress Update(Func<TrainingProgress, TrainingProgress> change)
    {
        lock (_gate)
        {
            _progress = change(_progress);
            return _progress;
        }
    }

    private async Task BeatAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(_lost.Token))
        {
            TrainingProgress progress;
            lock (_gate)
            {
                progress = _progress;
            }

            await SendAsync(progress);
        }
    }

    private async Task SendAsync(TrainingProgress progress)
    {
        try
        {
            if (!await _queue.ReportAsync(_job.JobId, _worker, progress, _lost.Token))
            {
                LogLost(_logger, _job.JobId);
                await _lost.CancelAsync();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The cluster may be briefly away (a silo restarting); the lease outlasts a few missed beats.
            LogReportFailed(_logger, e, _job.JobId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} is no longer this worker's (cancelled, or its lease passed to another worker); stopping it")]
    private static partial void LogLost(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report progress of job {JobId}")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, Guid jobId);
}

using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Training;
using Sign2Gpt.Trainer.Hosting;
using Sign2Gpt.Trainer.Telemetry;

namespace Sign2Gpt.Trainer.Jobs;

/// <summary>
/// Claims jobs of one kind from the queue, one at a time, and runs each under a <see cref="JobLease"/>. A job that
/// throws ends failed with the reason; one whose lease is lost just stops (its next worker resumes it); a worker that
/// stops leaves its job to the lease, so the next worker resumes it from its checkpoint.
/// </summary>
internal abstract partial class JobWorker(IClusterClient cluster, IOptions<TrainerOptions> options, TrainerMetrics metrics, ILogger logger) : BackgroundService
{
    protected abstract TrainingJobKind Kind { get; }

    protected TrainerOptions Options => options.Value;

    protected IClusterClient Cluster => cluster;

    protected abstract Task<TrainingJobOutcome> RunAsync(TrainingJob job, JobLease lease);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = cluster.GetGrain<ITrainingQueueGrain>(ITrainingQueueGrain.Key);
        var worker = $"{Options.WorkerName}/{Kind}";
        LogStarted(logger, worker);
        while (!stoppingToken.IsCancellationRequested)
        {
            TrainingJob? job;
            try
            {
                job = await queue.ClaimAsync(worker, Kind, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogClaimFailed(logger, e);
                job = null;
            }

            if (job is null)
            {
                await Task.Delay(Options.PollInterval, stoppingToken);
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            await using var lease = new JobLease(queue, job, worker, Options.HeartbeatInterval, logger, stoppingToken);
            TrainingJobOutcome outcome;
            try
            {
                outcome = await RunAsync(job, lease);
            }
            catch (OperationCanceledException) when (lease.Token.IsCancellationRequested)
            {
                LogStopped(logger, job.JobId);
                continue;
            }
            catch (Exception e)
            {
                LogFailed(logger, e, job.JobId);
                outcome = TrainingJobOutcome.WithoutScores(TrainingJobStatus.Failed, e.Message);
            }

            await lease.CompleteAsync(outcome);
            metrics.JobEnded(Kind, outcome.Status, Stopwatch.GetElapsedTime(started));
            LogEnded(logger, job.JobId, outcome.Status, outcome.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trainer worker {Worker} is taking jobs")]
    private static partial void LogStarted(ILogger logger, string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not claim a job; trying again")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} stopped before its end; its lease decides who resumes it")]
    private static partial void LogStopped(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ended {Status}: {Message}")]
    private static partial void LogEnded(ILogger logger, Guid jobId, TrainingJobStatus status, string message);
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Contracts.Training;
using Sign2Gpt.Silo.Hosting;
using Sign2Gpt.Silo.Telemetry;

namespace Sign2Gpt.Silo.Training;

public sealed partial class TrainingQueueGrain(
    [PersistentState("training-queue", SiloHostingExtensions.StorageName)] IPersistentState<TrainingQueueState> state,
    IOptions<TrainingQueueOptions> options,
    TimeProvider clock,
    SiloMetrics metrics,
    ILogger<TrainingQueueGrain> logger) : Grain, ITrainingQueueGrain
{
    private TrainingQueueState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        metrics.TrainingQueueChanged(S.Jobs);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.TrainingQueueLeft();
        return Task.CompletedTask;
    }

    /// <summary>Every write of the queue goes through here, so that the queue-depth gauge follows the state.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await state.WriteStateAsync(cancellationToken);
        metrics.TrainingQueueChanged(S.Jobs);
    }

    private TrainingQueueOptions Limits => options.Value;

    public async Task<TrainingJob> EnqueueAsync(TrainingJobRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Language) || string.IsNullOrWhiteSpace(request.DatasetId))
        {
            throw new TrainingJobRejectedException("A job needs a language and a dataset.");
        }

        if (request.AutoCanary is { } share && (share is <= 0 or > 1 || double.IsNaN(share)))
        {
            throw new TrainingJobRejectedException($"An automatic canary share is in (0, 1]; got {share}.");
        }

        if (request.AutoCanary is not null && request.TenantId is not null)
        {
            // A canary routes a share of every tenant's sessions; a tenant's own adapter reaches it by a pin instead.
            throw new TrainingJobRejectedException("An automatic canary is for global adapters only; roll a tenant's adapter out by pinning the tenant.");
        }

        if (request.Settings is { Epochs: < 1 or > 200 } or { LearningRate: <= 0 or > 0.1 } or { Rank: < 1 } or { Anchor: < 0 or > 10_000 })
        {
            throw new TrainingJobRejectedException("Settings out of range: epochs 1-200, learning rate in (0, 0.1], rank at least 1, anchor 0-10000.");
        }

        if (request.Kind == TrainingJobKind.Retrain)
        {
            await EnsureReadyDatasetAsync(request, cancellationToken);
        }

        var lane = request.TenantId ?? "";
        if (S.Jobs.Count(j => j.Lane == lane && j.Request.Kind == request.Kind && j.Status == TrainingJobStatus.Queued) >= Limits.MaxQueuedPerTenant)
        {
            throw new TrainingJobRejectedException($"{Describe(lane)} already has {Limits.MaxQueuedPerTenant} jobs waiting; wait for one to finish or cancel one.");
        }

        var job = new TrainingJob(Guid.NewGuid(), request, TrainingJobStatus.Queued, clock.GetUtcNow(), null, 0, null, null, null);
        S.Jobs.Add(job);
        await SaveAsync(cancellationToken);
        LogQueued(logger, job.JobId, Describe(lane), request.Language, request.RequestedBy);
        return job;
    }

    public async Task<TrainingJob?> ClaimAsync(string worker, TrainingJobKind kind, CancellationToken cancellationToken = default)
    {
        var changed = ExpireLeases();
        var ofKind = S.Jobs.Where(j => j.Request.Kind == kind).ToList();
        var running = ofKind.Where(j => j.Status == TrainingJobStatus.Running).GroupBy(j => j.Lane).ToDictionary(g => g.Key, g => g.Count());
        var lanes = ofKind
            .Where(j => j.Status == TrainingJobStatus.Queued && running.GetValueOrDefault(j.Lane) < Limits.MaxRunningPerTenant)
            .Select(j => j.Lane)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        if (lanes.Count == 0)
        {
            if (changed)
            {
                await SaveAsync(cancellationToken);
            }

            return null;
        }

        // Tenants in turn: the first lane after the one served last, wrapping around.
        var last = S.LastLanes.GetValueOrDefault(kind);
        var lane = lanes.FirstOrDefault(l => string.CompareOrdinal(l, last) > 0) ?? lanes[0];
        var index = S.Jobs.FindIndex(j => j.Lane == lane && j.Request.Kind == kind && j.Status == TrainingJobStatus.Queued);
        var job = S.Jobs[index] with { Status = TrainingJobStatus.Running, Worker = worker, Attempts = S.Jobs[index].Attempts + 1 };
        S.Jobs[index] = job;
        S.Leases[job.JobId] = clock.GetUtcNow() + Limits.LeaseDuration;
        S.LastLanes[kind] = lane;
        await SaveAsync(cancellationToken);
        LogClaimed(logger, job.JobId, worker, job.Attempts);
        return job;
    }

    public async Task<bool> ReportAsync(Guid jobId, string worker, TrainingProgress progress, CancellationToken cancellationToken = default)
    {
        var changed = ExpireLeases();
        var index = S.Jobs.FindIndex(j => j.JobId == jobId);
        var holds = index >= 0 && S.Jobs[index] is { Status: TrainingJobStatus.Running } job && job.Worker == worker;
        if (holds)
        {
            S.Jobs[index] = S.Jobs[index] with { Progress = progress };
            S.Leases[jobId] = clock.GetUtcNow() + Limits.LeaseDuration;
        }

        if (holds || changed)
        {
            await SaveAsync(cancellationToken);
        }

        return holds;
    }

    public async Task CompleteAsync(Guid jobId, string worker, TrainingJobOutcome outcome, CancellationToken cancellationToken = default)
    {
        if (outcome.Status is TrainingJobStatus.Queued or TrainingJobStatus.Running)
        {
            throw new ArgumentException($"A job ends published, rejected, imported, failed or cancelled, not {outcome.Status}.", nameof(outcome));
        }

        var index = S.Jobs.FindIndex(j => j.JobId == jobId);
        if (index < 0 || S.Jobs[index] is not { Status: TrainingJobStatus.Running } job || job.Worker != worker)
        {
            return;
        }

        End(index, outcome);
        await SaveAsync(cancellationToken);
        LogEnded(logger, jobId, outcome.Status, outcome.Message);
    }

    public async Task<bool> CancelAsync(Guid jobId, string actor, CancellationToken cancellationToken = default)
    {
        var index = S.Jobs.FindIndex(j => j.JobId == jobId);
        if (index < 0 || S.Jobs[index].Status is not (TrainingJobStatus.Queued or TrainingJobStatus.Running))
        {
            return false;
        }

        End(index, TrainingJobOutcome.WithoutScores(TrainingJobStatus.Cancelled, $"Cancelled by {actor}."));
        await SaveAsync(cancellationToken);
        LogEnded(logger, jobId, TrainingJobStatus.Cancelled, actor);
        return true;
    }

    public Task<TrainingJob?> GetAsync(Guid jobId, CancellationToken cancellationToken = default) =>
        Task.FromResult(S.Jobs.Find(j => j.JobId == jobId));

    public Task<IReadOnlyList<TrainingJob>> ListAsync(string? tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TrainingJob>>([.. S.Jobs.Where(j => tenantId is null || j.Request.TenantId == tenantId).OrderByDescending(j => j.QueuedUtc)]);

    /// <summary>Jobs whose worker went quiet go back to the queue, to resume from their checkpoint; too many tries fail them.</summary>
    private bool ExpireLeases()
    {
        var now = clock.GetUtcNow();
        var changed = false;
        for (var i = 0; i < S.Jobs.Count; i++)
        {
            var job = S.Jobs[i];
            if (job.Status != TrainingJobStatus.Running || S.Leases.GetValueOrDefault(job.JobId, DateTimeOffset.MaxValue) > now)
            {
                continue;
            }

            changed = true;
            S.Leases.Remove(job.JobId);
            LogLeaseLost(logger, job.JobId, job.Worker ?? "", job.Attempts);
            if (job.Attempts >= Limits.MaxAttempts)
            {
                End(i, TrainingJobOutcome.WithoutScores(TrainingJobStatus.Failed, $"Lost its worker {job.Attempts} times."));
            }
            else
            {
                S.Jobs[i] = job with { Status = TrainingJobStatus.Queued, Worker = null };
            }
        }

        return changed;
    }

    private void End(int index, TrainingJobOutcome outcome)
    {
        var job = S.Jobs[index];
        S.Jobs[index] = job with { Status = outcome.Status, Outcome = outcome, EndedUtc = clock.GetUtcNow() };
        S.Leases.Remove(job.JobId);
        var ended = S.Jobs.Where(j => j.EndedUtc is not null).OrderByDescending(j => j.EndedUtc).Skip(Limits.KeepEnded).ToHashSet();
        S.Jobs.RemoveAll(ended.Contains);
    }

    /// <summary>Only the owner's catalog knows whether a dataset id is theirs, imported, and in the job's language.</summary>
    private async Task EnsureReadyDatasetAsync(TrainingJobRequest request, CancellationToken cancellationToken)
    {
        var dataset = await GrainFactory.GetGrain<IDatasetCatalogGrain>(DatasetFolders.Owner(request.TenantId)).GetAsync(request.DatasetId, cancellationToken);
        if (dataset is null)
        {
            throw new TrainingJobRejectedException($"{Describe(request.TenantId ?? "")} has no dataset {request.DatasetId}.");
        }

        if (dataset.Status != DatasetStatus.Ready)
        {
            throw new TrainingJobRejectedException($"Dataset {dataset.Name} is {dataset.Status.ToString().ToLowerInvariant()}; only a ready dataset can be trained on.");
        }

        if (dataset.Language != request.Language)
        {
            throw new TrainingJobRejectedException($"Dataset {dataset.Name} is in '{dataset.Language}', not '{request.Language}'.");
        }
    }

    private static string Describe(string lane) => lane.Length == 0 ? "The platform" : $"Tenant {lane}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Training job {JobId} queued for {Lane} ({Language}) by {RequestedBy}")]
    private static partial void LogQueued(ILogger logger, Guid jobId, string lane, string language, string requestedBy);

    [LoggerMessage(Level = LogLevel.Information, Message = "Training job {JobId} claimed by {Worker} (attempt {Attempt})")]
    private static partial void LogClaimed(ILogger logger, Guid jobId, string worker, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Training job {JobId} lost worker {Worker} after attempt {Attempt}")]
    private static partial void LogLeaseLost(ILogger logger, Guid jobId, string worker, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Training job {JobId} ended {Status}: {Message}")]
    private static partial void LogEnded(ILogger logger, Guid jobId, TrainingJobStatus status, string message);
}

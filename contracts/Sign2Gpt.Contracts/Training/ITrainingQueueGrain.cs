namespace Sign2Gpt.Contracts.Training;

/// <summary>
/// The platform's retrain jobs, one grain keyed <see cref="Key"/>, its state kept like every grain's (in Redis
/// when the platform has one). Workers claim jobs under leases they renew with their progress; a job whose lease
/// runs out goes back to the queue and its next worker resumes it from its checkpoint. Claims take tenants in turn,
/// so one tenant's many jobs cannot starve another's, and no tenant runs more than its share at once.
/// </summary>
[Alias("Sign2Gpt.ITrainingQueueGrain")]
public interface ITrainingQueueGrain : IGrainWithStringKey
{
    public const string Key = "jobs";

    /// <exception cref="TrainingJobRejectedException">The tenant already has as many jobs waiting as it may.</exception>
    [Alias("Enqueue")]
    Task<TrainingJob> EnqueueAsync(TrainingJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>The next job of <paramref name="kind"/> for <paramref name="worker"/>, leased until it renews, or null when none may run now.</summary>
    [Alias("Claim")]
    Task<TrainingJob?> ClaimAsync(string worker, TrainingJobKind kind, CancellationToken cancellationToken = default);

    /// <summary>Renews the lease and records progress; false when the worker must stop (cancelled, or the lease was lost).</summary>
    [Alias("Report")]
    Task<bool> ReportAsync(Guid jobId, string worker, TrainingProgress progress, CancellationToken cancellationToken = default);

    /// <summary>Ends a job the worker holds; ignored when it no longer holds it.</summary>
    [Alias("Complete")]
    Task CompleteAsync(Guid jobId, string worker, TrainingJobOutcome outcome, CancellationToken cancellationToken = default);

    /// <summary>Cancels a queued or running job (a running one stops at its worker's next report); false when it already ended.</summary>
    [Alias("Cancel")]
    Task<bool> CancelAsync(Guid jobId, string actor, CancellationToken cancellationToken = default);

    [Alias("Get")]
    Task<TrainingJob?> GetAsync(Guid jobId, CancellationToken cancellationToken = default);

    /// <summary>Newest first: one tenant's jobs, or every job (null).</summary>
    [Alias("List")]
    Task<IReadOnlyList<TrainingJob>> ListAsync(string? tenantId, CancellationToken cancellationToken = default);
}

namespace Sign2Gpt.Contracts.Training;

/// <summary>A retrain job as the queue knows it.</summary>
/// <param name="Attempts">Times a worker claimed it; more than one means it resumed after a lost worker.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.TrainingJob")]
public sealed record TrainingJob(
    [property: Id(0)] Guid JobId,
    [property: Id(1)] TrainingJobRequest Request,
    [property: Id(2)] TrainingJobStatus Status,
    [property: Id(3)] DateTimeOffset QueuedUtc,
    [property: Id(4)] string? Worker,
    [property: Id(5)] int Attempts,
    [property: Id(6)] TrainingProgress? Progress,
    [property: Id(7)] TrainingJobOutcome? Outcome,
    [property: Id(8)] DateTimeOffset? EndedUtc)
{
    /// <summary>The tenant whose share of the workers the job takes; global jobs share one lane.</summary>
    public string Lane => Request.TenantId ?? "";
}

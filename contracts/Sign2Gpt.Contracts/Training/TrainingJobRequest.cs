namespace Sign2Gpt.Contracts.Training;

/// <summary>Retrain one language's adapter from a dataset, or import an uploaded dataset (<see cref="Kind"/>).</summary>
/// <param name="TenantId">The tenant the adapter is for and whose quota the job counts against; null for a global adapter.</param>
/// <param name="DatasetId">A dataset the tenant uploaded.</param>
/// <param name="AutoCanary">Share (0..1) of sessions to canary the adapter to if it passes the gate; null leaves rollout to a person.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.TrainingJobRequest")]
public sealed record TrainingJobRequest(
    [property: Id(0)] string? TenantId,
    [property: Id(1)] string Language,
    [property: Id(2)] string DatasetId,
    [property: Id(3)] TrainingJobSettings Settings,
    [property: Id(4)] string RequestedBy,
    [property: Id(5)] double? AutoCanary = null,
    [property: Id(6)] TrainingJobKind Kind = TrainingJobKind.Retrain);

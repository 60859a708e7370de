using Sign2Gpt.Contracts.Training;

namespace Sign2Gpt.Silo.Training;

[GenerateSerializer, Alias("Sign2Gpt.TrainingQueueState")]
public sealed class TrainingQueueState
{
    [Id(0)]
    public List<TrainingJob> Jobs { get; set; } = [];

    /// <summary>When each running job's lease runs out.</summary>
    [Id(1)]
    public Dictionary<Guid, DateTimeOffset> Leases { get; set; } = [];

    /// <summary>Per kind, the lane (tenant) the last claim served; the next claim starts after it.</summary>
    [Id(2)]
    public Dictionary<TrainingJobKind, string> LastLanes { get; set; } = [];
}

namespace Sign2Gpt.Silo.Serving;

/// <summary>Where a worker runs and what its backbone batcher has done, for operators, tests and benchmarks.</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.InferenceWorkerStatus")]
public sealed record InferenceWorkerStatus(
    [property: Id(0)] string Device,
    [property: Id(1)] string? RunsOn,
    [property: Id(2)] string Silo,
    [property: Id(3)] BatchingStatistics Backbone);

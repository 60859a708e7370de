namespace Sign2Gpt.Contracts.Adapters;

/// <summary>Where a trained adapter came from, so any version can be traced to its data and reproduced.</summary>
/// <param name="BaseModel">The bundle it was trained on, as "name@vN".</param>
/// <param name="DatasetHash">SHA-256 over the training videos' names, translations and features.</param>
/// <param name="Settings">The training settings as used, e.g. "epochs 4, lr 0.001, rank 4, from de@v1".</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.AdapterLineage")]
public sealed record AdapterLineage(
    [property: Id(0)] string BaseModel,
    [property: Id(1)] string DatasetId,
    [property: Id(2)] string DatasetHash,
    [property: Id(3)] string Settings,
    [property: Id(4)] Guid JobId);

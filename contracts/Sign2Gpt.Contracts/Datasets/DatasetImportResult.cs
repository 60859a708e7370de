namespace Sign2Gpt.Contracts.Datasets;

/// <summary>What the import found: every problem with the item it concerns, or the videos per split.</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.DatasetImportResult")]
public sealed record DatasetImportResult(
    [property: Id(0)] bool Imported,
    [property: Id(1)] string? Layout,
    [property: Id(2)] IReadOnlyList<string> Problems,
    [property: Id(3)] int TrainVideos,
    [property: Id(4)] int DevVideos,
    [property: Id(5)] int TestVideos);

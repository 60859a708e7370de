namespace Sign2Gpt.Contracts.Datasets;

/// <summary>A tenant's uploaded dataset as the catalog knows it.</summary>
/// <param name="TenantId">Null for the platform's own datasets (global adapters).</param>
/// <param name="Import">Set once the import ended.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.DatasetInfo")]
public sealed record DatasetInfo(
    [property: Id(0)] string DatasetId,
    [property: Id(1)] string? TenantId,
    [property: Id(2)] string Name,
    [property: Id(3)] string Language,
    [property: Id(4)] DatasetStatus Status,
    [property: Id(5)] long SizeBytes,
    [property: Id(6)] string UploadedBy,
    [property: Id(7)] DateTimeOffset UploadedUtc,
    [property: Id(8)] DatasetImportResult? Import);

namespace Sign2Gpt.Contracts.Datasets;

/// <summary>A zip the web front end has written to <see cref="DatasetFolders.Upload"/>, to be imported.</summary>
/// <param name="Language">Spoken language of the translations ("de", "en").</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.DatasetUpload")]
public sealed record DatasetUpload(
    [property: Id(0)] string DatasetId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Language,
    [property: Id(3)] long SizeBytes,
    [property: Id(4)] string UploadedBy);

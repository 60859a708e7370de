namespace Sign2Gpt.Contracts.Datasets;

/// <summary>
/// One owner's datasets, keyed by <see cref="DatasetFolders.Owner"/>: what was uploaded, whether its import passed,
/// and the quotas on how many and how large.
/// </summary>
[Alias("Sign2Gpt.IDatasetCatalogGrain")]
public interface IDatasetCatalogGrain : IGrainWithStringKey
{
    /// <summary>Records an upload and queues its import.</summary>
    /// <exception cref="DatasetRejectedException">Over the size or count quota, or a language the platform does not serve.</exception>
    [Alias("Add")]
    Task<DatasetInfo> AddUploadAsync(DatasetUpload upload, CancellationToken cancellationToken = default);

    [Alias("CompleteImport")]
    Task CompleteImportAsync(string datasetId, DatasetImportResult result, CancellationToken cancellationToken = default);

    [Alias("Get")]
    Task<DatasetInfo?> GetAsync(string datasetId, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    [Alias("List")]
    Task<IReadOnlyList<DatasetInfo>> ListAsync(CancellationToken cancellationToken = default);
}

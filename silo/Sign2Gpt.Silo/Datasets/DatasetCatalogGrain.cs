using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Contracts.Training;
using Sign2Gpt.Silo.Hosting;
using Sign2Gpt.Silo.Serving;

namespace Sign2Gpt.Silo.Datasets;

public sealed partial class DatasetCatalogGrain(
    [PersistentState("datasets", SiloHostingExtensions.StorageName)] IPersistentState<DatasetCatalogState> state,
    IOptions<DatasetCatalogOptions> options,
    TranslationEngine engine,
    TimeProvider clock,
    ILogger<DatasetCatalogGrain> logger) : Grain, IDatasetCatalogGrain
{
    private List<DatasetInfo> Datasets => state.State.Datasets;

    private string? TenantId => this.GetPrimaryKeyString() is var owner && owner == DatasetFolders.PlatformOwner ? null : owner;

    public async Task<DatasetInfo> AddUploadAsync(DatasetUpload upload, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        if (!engine.Languages.Contains(upload.Language))
        {
            throw new DatasetRejectedException($"The platform translates into {string.Join(", ", engine.Languages)}; there is no '{upload.Language}'.");
        }

        var kept = Datasets.Where(d => d.Status != DatasetStatus.Refused).ToList();
        if (kept.Count >= limits.MaxPerOwner)
        {
            throw new DatasetRejectedException($"{Describe()} already has {kept.Count} datasets, the most it may keep.");
        }

        if (kept.Sum(d => d.SizeBytes) + upload.SizeBytes > limits.MaxBytesPerOwner)
        {
            throw new DatasetRejectedException($"{Describe()} would hold more than {Megabytes(limits.MaxBytesPerOwner)} of datasets.");
        }

        if (Datasets.Any(d => d.DatasetId == upload.DatasetId))
        {
            throw new DatasetRejectedException($"Dataset {upload.DatasetId} was already uploaded.");
        }

        var info = new DatasetInfo(upload.DatasetId, TenantId, upload.Name, upload.Language, DatasetStatus.Importing, upload.SizeBytes, upload.UploadedBy, clock.GetUtcNow(), null);
        await GrainFactory.GetGrain<ITrainingQueueGrain>(ITrainingQueueGrain.Key).EnqueueAsync(
            new TrainingJobRequest(TenantId, upload.Language, upload.DatasetId, new TrainingJobSettings(), upload.UploadedBy, Kind: TrainingJobKind.ImportDataset),
            cancellationToken);
        Datasets.Add(info);
        await state.WriteStateAsync(cancellationToken);
        LogUploaded(logger, upload.DatasetId, Describe(), upload.Language, upload.SizeBytes, upload.UploadedBy);
        return info;
    }

    public async Task CompleteImportAsync(string datasetId, DatasetImportResult result, CancellationToken cancellationToken = default)
    {
        var index = Datasets.FindIndex(d => d.DatasetId == datasetId);
        if (index < 0)
        {
            throw new DatasetRejectedException($"{Describe()} has no dataset {datasetId}.");
        }

        Datasets[index] = Datasets[index] with { Status = result.Imported ? DatasetStatus.Ready : DatasetStatus.Refused, Import = result };
        await state.WriteStateAsync(cancellationToken);
        LogImported(logger, datasetId, Datasets[index].Status, result.Problems.Count);
    }

    public Task<DatasetInfo?> GetAsync(string datasetId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Datasets.Find(d => d.DatasetId == datasetId));

    public Task<IReadOnlyList<DatasetInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DatasetInfo>>([.. Datasets.OrderByDescending(d => d.UploadedUtc)]);

    private string Describe() => TenantId is null ? "The platform" : $"Tenant {TenantId}";

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    [LoggerMessage(Level = LogLevel.Information, Message = "Dataset {DatasetId} uploaded for {Owner} ({Language}, {Bytes} bytes) by {UploadedBy}")]
    private static partial void LogUploaded(ILogger logger, string datasetId, string owner, string language, long bytes, string uploadedBy);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dataset {DatasetId} import ended {Status} ({Problems} problems)")]
    private static partial void LogImported(ILogger logger, string datasetId, DatasetStatus status, int problems);
}

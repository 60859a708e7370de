using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Contracts.Training;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.Imports;
using Sign2Gpt.Trainer.Hosting;
using Sign2Gpt.Trainer.Jobs;
using Sign2Gpt.Trainer.Telemetry;

namespace Sign2Gpt.Trainer.Imports;

/// <summary>
/// Validates and unpacks uploaded datasets: every problem is reported with the item it concerns and nothing of a
/// refused upload is kept; the catalog learns the outcome, and the upload's zip is deleted either way.
/// </summary>
internal sealed class DatasetImportWorker(
    IClusterClient cluster,
    DatasetImporter importer,
    IOptions<DatasetStorageOptions> storage,
    IOptions<TrainerOptions> options,
    TrainerMetrics metrics,
    ILogger<DatasetImportWorker> logger) : JobWorker(cluster, options, metrics, logger)
{
    protected override TrainingJobKind Kind => TrainingJobKind.ImportDataset;

    protected override async Task<TrainingJobOutcome> RunAsync(TrainingJob job, JobLease lease)
    {
        var request = job.Request;
        var upload = DatasetFolders.Upload(storage.Value.Directory, request.DatasetId);
        var destination = DatasetFolders.Imported(storage.Value.Directory, request.TenantId, request.DatasetId);
        await lease.StageAsync("validating", 0);
        var result = Directory.Exists(destination)
            ? AlreadyImported(destination)
            : File.Exists(upload)
                ? Summarise(await importer.ImportAsync(upload, request.Language, destination, DatasetLimits.Default, lease.Token))
                : new DatasetImportResult(false, null, ["upload: the uploaded file is gone; upload the dataset again"], 0, 0, 0);

        await Cluster.GetGrain<IDatasetCatalogGrain>(DatasetFolders.Owner(request.TenantId)).CompleteImportAsync(request.DatasetId, result, lease.Token);
        File.Delete(upload);
        return result.Imported
            ? TrainingJobOutcome.WithoutScores(TrainingJobStatus.Imported,
                $"Imported {result.TrainVideos + result.DevVideos + result.TestVideos} videos (train {result.TrainVideos}, dev {result.DevVideos}, test {result.TestVideos}).")
            : TrainingJobOutcome.WithoutScores(TrainingJobStatus.Failed, $"Refused: {string.Join("; ", result.Problems.Take(20))}");
    }

    private static DatasetImportResult Summarise(DatasetImportReport report) =>
        new(report.Imported, report.Layout, [.. report.Problems.Select(p => p.ToString())],
            report.Samples.GetValueOrDefault(CorpusSplit.Train), report.Samples.GetValueOrDefault(CorpusSplit.Dev), report.Samples.GetValueOrDefault(CorpusSplit.Test));

    /// <summary>A worker that died after unpacking but before telling the catalog left the finished import behind.</summary>
    private static DatasetImportResult AlreadyImported(string destination)
    {
        var corpus = SignCorpus.Open(destination);
        return new DatasetImportResult(true, DatasetManifest.Read(destination)?.SourceLayout, [],
            corpus.Split(CorpusSplit.Train).Count, corpus.Split(CorpusSplit.Dev).Count, corpus.Split(CorpusSplit.Test).Count);
    }
}

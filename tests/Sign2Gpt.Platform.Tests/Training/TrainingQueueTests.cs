using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Contracts.Training;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Training;

/// <summary>The retrain queue on the test cluster, state in a real Redis; each test has a queue of its own.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TrainingQueueTests(PlatformCluster platform)
{
    private static readonly TrainingProgress Training = new("training", 0.5, 1, 2, [1.5], TimeSpan.FromMinutes(1));

    private readonly Dictionary<string, TrainingJobRequest> _requests = [];

    private readonly ITrainingQueueGrain _queue = platform.Grains.GetGrain<ITrainingQueueGrain>($"test-{Guid.NewGuid():N}");

    [Fact]
    public async Task Claims_take_tenants_in_turn_so_one_tenants_many_jobs_do_not_starve_another()
    {
        var a = await EnqueueManyAsync("tenant-a", 3);
        var b = await EnqueueManyAsync("tenant-b", 2);

        var order = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var job = await _queue.ClaimAsync("worker", TrainingJobKind.Retrain);
            Assert.NotNull(job);
            order.Add(job.JobId);
            await _queue.CompleteAsync(job.JobId, "worker", Outcome(TrainingJobStatus.Published));
        }

        Assert.Equal([a[0], b[0], a[1], b[1], a[2]], order);
        Assert.Null(await _queue.ClaimAsync("worker", TrainingJobKind.Retrain));
    }

    [Fact]
    public async Task A_tenant_runs_no_more_jobs_at_once_than_its_share_while_others_still_get_workers()
    {
        var a = await EnqueueManyAsync("tenant-a", 2);
        var b = await EnqueueManyAsync("tenant-b", 1);

        var first = await _queue.ClaimAsync("worker-1", TrainingJobKind.Retrain);
        var second = await _queue.ClaimAsync("worker-2", TrainingJobKind.Retrain);
        var third = await _queue.ClaimAsync("worker-3", TrainingJobKind.Retrain);

        Assert.Equal((a[0], b[0]), (first!.JobId, second!.JobId));
        Assert.Null(third);
        Assert.Equal(TrainingJobStatus.Queued, (await _queue.GetAsync(a[1]))!.Status);
    }

    [Fact]
    public async Task A_job_whose_worker_goes_quiet_goes_to_the_next_worker_and_the_old_one_is_told_to_stop()
    {
        var job = (await EnqueueManyAsync("tenant-a", 1))[0];
        Assert.Equal(job, (await _queue.ClaimAsync("lost", TrainingJobKind.Retrain))!.JobId);
        Assert.True(await _queue.ReportAsync(job, "lost", Training));
        Assert.Null(await _queue.ClaimAsync("other", TrainingJobKind.Retrain));

        await Task.Delay(PlatformCluster.TrainingLease + TimeSpan.FromSeconds(1));
        var resumed = await _queue.ClaimAsync("next", TrainingJobKind.Retrain);

        Assert.Equal((job, 2, "next"), (resumed!.JobId, resumed.Attempts, resumed.Worker));
        Assert.Equal((Training.Stage, Training.Epoch), (resumed.Progress!.Stage, resumed.Progress.Epoch));
        Assert.Equal(Training.Losses, resumed.Progress.Losses);
        Assert.False(await _queue.ReportAsync(job, "lost", Training));
        await _queue.CompleteAsync(job, "lost", Outcome(TrainingJobStatus.Failed));
        Assert.Equal(TrainingJobStatus.Running, (await _queue.GetAsync(job))!.Status);
        await _queue.CompleteAsync(job, "next", Outcome(TrainingJobStatus.Rejected));
        Assert.Equal(TrainingJobStatus.Rejected, (await _queue.GetAsync(job))!.Status);
    }

    [Fact]
    public async Task A_job_that_keeps_losing_its_worker_fails_after_its_attempts()
    {
        var job = (await EnqueueManyAsync("tenant-a", 1))[0];
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(job, (await _queue.ClaimAsync($"worker-{attempt}", TrainingJobKind.Retrain))!.JobId);
            await Task.Delay(PlatformCluster.TrainingLease + TimeSpan.FromSeconds(0.5));
        }

        Assert.Null(await _queue.ClaimAsync("worker-4", TrainingJobKind.Retrain));
        var failed = (await _queue.GetAsync(job))!;
        Assert.Equal(TrainingJobStatus.Failed, failed.Status);
        Assert.Contains("3 times", failed.Outcome!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_a_running_job_at_its_next_report_and_a_queued_one_before_it_starts()
    {
        var jobs = await EnqueueManyAsync("tenant-a", 1);
        jobs.AddRange(await EnqueueManyAsync("tenant-b", 1));
        var running = (await _queue.ClaimAsync("worker", TrainingJobKind.Retrain))!.JobId;

        Assert.True(await _queue.CancelAsync(running, "admin@a.example"));
        Assert.True(await _queue.CancelAsync(jobs[1], "admin@b.example"));

        Assert.False(await _queue.ReportAsync(running, "worker", Training));
        Assert.Null(await _queue.ClaimAsync("worker", TrainingJobKind.Retrain));
        var cancelled = (await _queue.GetAsync(running))!;
        Assert.Equal(TrainingJobStatus.Cancelled, cancelled.Status);
        Assert.Contains("admin@a.example", cancelled.Outcome!.Message, StringComparison.Ordinal);
        Assert.False(await _queue.CancelAsync(running, "again"));
    }

    [Fact]
    public async Task A_tenant_cannot_queue_more_than_its_limit_and_bad_requests_are_refused()
    {
        await EnqueueManyAsync("tenant-a", 10);

        var eleventh = await RequestAsync("tenant-a");
        var full = await Assert.ThrowsAsync<TrainingJobRejectedException>(() => _queue.EnqueueAsync(eleventh));
        Assert.Contains("10 jobs waiting", full.Message, StringComparison.Ordinal);
        await _queue.EnqueueAsync(await RequestAsync("tenant-b"));
        var bad = await RequestAsync("tenant-b");
        await Assert.ThrowsAsync<TrainingJobRejectedException>(() => _queue.EnqueueAsync(bad with { DatasetId = "" }));
        Assert.Equal(11, (await _queue.ListAsync(null)).Count);
        Assert.Single(await _queue.ListAsync("tenant-b"));
    }

    [Fact]
    public async Task An_import_is_claimed_by_import_workers_even_while_the_tenant_retrains()
    {
        var request = await RequestAsync("tenant-i");
        var retrain = (await _queue.EnqueueAsync(request)).JobId;
        var import = (await _queue.EnqueueAsync(request with { Kind = TrainingJobKind.ImportDataset })).JobId;

        Assert.Equal(retrain, (await _queue.ClaimAsync("trainer", TrainingJobKind.Retrain))!.JobId);
        Assert.Equal(import, (await _queue.ClaimAsync("importer", TrainingJobKind.ImportDataset))!.JobId);
        await _queue.CompleteAsync(import, "importer", Outcome(TrainingJobStatus.Imported));
        Assert.Equal(TrainingJobStatus.Imported, (await _queue.GetAsync(import))!.Status);
        Assert.Equal(TrainingJobStatus.Running, (await _queue.GetAsync(retrain))!.Status);
    }

    [Theory]
    [InlineData(0, null, null, null)]
    [InlineData(null, 0.5, null, null)]
    [InlineData(null, null, 0, null)]
    [InlineData(null, null, null, -0.1)]
    [InlineData(null, null, null, 10_001.0)]
    public async Task Settings_out_of_range_are_refused(int? epochs, double? learningRate, int? rank, double? anchor)
    {
        var request = await RequestAsync("tenant-s");
        var error = await Assert.ThrowsAsync<TrainingJobRejectedException>(() =>
            _queue.EnqueueAsync(request with { Settings = new TrainingJobSettings(epochs, learningRate, rank, anchor) }));

        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    private async Task<List<Guid>> EnqueueManyAsync(string tenant, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await _queue.EnqueueAsync(await RequestAsync(tenant))).JobId);
        }

        return ids;
    }

    [Fact]
    public async Task A_retrain_needs_a_ready_dataset_of_its_owner_in_its_language_and_only_global_jobs_may_canary_themselves()
    {
        var ready = await RequestAsync("tenant-d");
        var importing = ready with { DatasetId = await UploadAsync("tenant-d", "de") };

        Assert.Contains("has no dataset", await RefusalAsync(ready with { DatasetId = Guid.NewGuid().ToString("N") }), StringComparison.Ordinal);
        Assert.Contains("has no dataset", await RefusalAsync(ready with { TenantId = "tenant-e" }), StringComparison.Ordinal);
        Assert.Contains("is importing", await RefusalAsync(importing), StringComparison.Ordinal);
        Assert.Contains("not 'en'", await RefusalAsync(ready with { Language = "en" }), StringComparison.Ordinal);
        Assert.Contains("global adapters only", await RefusalAsync(ready with { AutoCanary = 0.1 }), StringComparison.Ordinal);
        Assert.Equal(TrainingJobStatus.Queued, (await _queue.EnqueueAsync(ready)).Status);
    }

    private async Task<string> RefusalAsync(TrainingJobRequest request) =>
        (await Assert.ThrowsAsync<TrainingJobRejectedException>(() => _queue.EnqueueAsync(request))).Message;

    /// <summary>A retrain request on a dataset the tenant's catalog has as imported and ready; one dataset per tenant and test, as catalogs have quotas.</summary>
    private async Task<TrainingJobRequest> RequestAsync(string tenant)
    {
        if (!_requests.TryGetValue(tenant, out var request))
        {
            var datasetId = await UploadAsync(tenant, "de");
            await Catalog(tenant).CompleteImportAsync(datasetId, new DatasetImportResult(true, "translations.csv", [], 8, 1, 1));
            request = new TrainingJobRequest(tenant, "de", datasetId, new TrainingJobSettings(Epochs: 1), $"admin@{tenant}.example");
            _requests[tenant] = request;
        }

        return request;
    }

    private async Task<string> UploadAsync(string tenant, string language)
    {
        var datasetId = Guid.NewGuid().ToString("N");
        await Catalog(tenant).AddUploadAsync(new DatasetUpload(datasetId, "queue test", language, 1024, "tests"));
        return datasetId;
    }

    private IDatasetCatalogGrain Catalog(string tenant) => platform.Grains.GetGrain<IDatasetCatalogGrain>(DatasetFolders.Owner(tenant));

    private static TrainingJobOutcome Outcome(TrainingJobStatus status) =>
        new(status, status.ToString(), new Dictionary<string, double>(), new Dictionary<string, double>(), null);
}

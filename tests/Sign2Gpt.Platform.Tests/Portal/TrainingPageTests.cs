using System.IO.Compression;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Contracts.Training;
using Sign2Gpt.Web.Portal.Accounts;
using Sign2Gpt.Web.Portal.Retraining;
using Sign2Gpt.Platform.Tests.Infrastructure;
using Sign2Gpt.Web.Training;

namespace Sign2Gpt.Platform.Tests.Portal;

/// <summary>
/// The training page against a platform without trainer workers: uploads stay importing and jobs stay queued, so the
/// tests play the worker's part through the grains (ending imports, claiming and reporting jobs).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TrainingPageTests(PortalPlatform platform)
{
    private const string DemoTenant = "demo";
    /// <summary>The trainer worker the tests play.</summary>
    private const string Worker = "portal-test-worker";

    private const string Problem = "translations.csv row 2 (a.mp4): no such video";

    private IDatasetCatalogGrain DemoCatalog => platform.Grains.GetGrain<IDatasetCatalogGrain>(DatasetFolders.Owner(DemoTenant));

    private ITrainingQueueGrain Queue => platform.Grains.GetGrain<ITrainingQueueGrain>(ITrainingQueueGrain.Key);

    [Fact]
    public async Task A_tenant_admin_uploads_a_dataset_that_stays_importing_until_its_import_refuses_it_with_every_problem_listed()
    {
        var name = "refused " + Guid.NewGuid().ToString("N")[..8];
        var zip = Path.Combine(Path.GetTempPath(), $"not-a-dataset-{Guid.NewGuid():N}.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            await using var readme = archive.CreateEntry("readme.txt").Open();
            await readme.WriteAsync("no videos here"u8.ToArray());
        }

        var page = await platform.SignInAsync(AccountRole.TenantAdmin);
        await OpenAsync(page);
        Assert.Contains("up to 8 MB", await page.Locator("label[for=dataset-file]").InnerTextAsync(), StringComparison.Ordinal);
        var tooLarge = Path.Combine(Path.GetTempPath(), $"too-large-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(tooLarge, new byte[PortalPlatform.MaxUploadBytes + 1]);
        await page.SetInputFilesAsync("#dataset-file", tooLarge);
        await page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "a dataset can be up to 8 MB" }).WaitForAsync();
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).IsDisabledAsync());
        File.Delete(tooLarge);

        await page.FillAsync("#dataset-name", name);
        await page.SelectOptionAsync("#dataset-language", "de");
        await page.SetInputFilesAsync("#dataset-file", zip);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.GetByText($"Uploaded {name}").WaitForAsync();

        var row = DatasetRow(page, name);
        Assert.Equal("Importing", await row.GetAttributeAsync("data-status"));
        Assert.Contains("Importing", await row.Locator("[data-testid=dataset-status]").InnerTextAsync(), StringComparison.Ordinal);
        var dataset = Assert.Single(await DemoCatalog.ListAsync(), d => d.Name == name);
        Assert.Equal(("de", DatasetStatus.Importing, platform.DemoAccounts[AccountRole.TenantAdmin].Email), (dataset.Language, dataset.Status, dataset.UploadedBy));
        Assert.Equal(new FileInfo(zip).Length, new FileInfo(DatasetFolders.Upload(platform.DatasetsDirectory, dataset.DatasetId)).Length);

        await DemoCatalog.CompleteImportAsync(dataset.DatasetId, new DatasetImportResult(false, null, [Problem], 0, 0, 0));
        await page.Locator($"tr[data-dataset='{dataset.DatasetId}'][data-status=Refused]").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal([Problem], await row.Locator(".dataset-problems li").AllInnerTextsAsync());
        Assert.Contains("Refused", await row.Locator("[data-testid=dataset-status]").InnerTextAsync(), StringComparison.Ordinal);
        await PortalPages.AssertAccessibleAsync(page);

        File.Delete(zip);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_tenant_admin_starts_a_retrain_job_on_a_ready_dataset_and_cancels_it_after_confirming()
    {
        var dataset = await ReadyDatasetAsync("ready");
        var page = await platform.SignInAsync(AccountRole.TenantAdmin);
        await OpenAsync(page);
        var row = page.Locator($"tr[data-dataset='{dataset.DatasetId}'][data-status=Ready]");
        await row.WaitForAsync();
        Assert.Equal(["12", "3", "3"], (await row.Locator("td.text-end").AllInnerTextsAsync()).Select(t => t.Trim()));

        await page.SelectOptionAsync("#job-dataset", dataset.DatasetId);
        await page.FillAsync("#job-epochs", "3");
        Assert.Equal(0, await page.Locator("#job-canary").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Start retraining", Exact = true }).ClickAsync();
        var card = JobCard(page, dataset.Name);
        await card.Locator("[data-testid=job-status]", new() { HasTextString = "Queued" }).WaitForAsync();

        var job = Assert.Single(await Queue.ListAsync(DemoTenant), j => j.Request.DatasetId == dataset.DatasetId && j.Request.Kind == TrainingJobKind.Retrain);
        Assert.Equal((TrainingJobStatus.Queued, "de", 3, platform.DemoAccounts[AccountRole.TenantAdmin].Email, (double?)null),
            (job.Status, job.Request.Language, job.Request.Settings.Epochs, job.Request.RequestedBy, job.Request.AutoCanary));

        var number = job.JobId.ToString("N")[..8];
        await ConfirmAsync(page, $"Cancel job {number}");
        await page.Locator($"li.job[data-job='{job.JobId}'][data-status=Cancelled]").WaitForAsync();
        Assert.Equal(0, await card.GetByRole(AriaRole.Button, new() { Name = $"Cancel job {number}" }).CountAsync());
        Assert.Equal(TrainingJobStatus.Cancelled, (await Queue.GetAsync(job.JobId))!.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_open_page_follows_a_jobs_progress_live_and_shows_its_scores_and_published_version()
    {
        var dataset = await ReadyDatasetAsync("progress");
        var page = await platform.SignInAsync(AccountRole.TenantAdmin);
        await OpenAsync(page);

        var queued = await Queue.EnqueueAsync(new TrainingJobRequest(DemoTenant, "de", dataset.DatasetId, new TrainingJobSettings(Epochs: 4), "tests"));
        var card = page.Locator($"li.job[data-job='{queued.JobId}']");
        await card.Locator("[data-testid=job-status]", new() { HasTextString = "Queued" }).WaitForAsync(new() { Timeout = 15_000 });

        await ClaimAsync(queued.JobId);
        Assert.True(await Queue.ReportAsync(queued.JobId, Worker, new TrainingProgress("training", 0.5, 2, 4, [2.4, 1.7], TimeSpan.FromMinutes(3))));

        await card.Locator("[data-testid=job-stage]", new() { HasTextString = "training" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("0.5", await card.Locator("progress").GetAttributeAsync("value"));
        var text = await card.InnerTextAsync();
        Assert.Contains("epoch 2 / 4", text, StringComparison.Ordinal);
        Assert.Contains("about 3 min left", text, StringComparison.Ordinal);
        Assert.Equal(2, (await card.Locator("svg polyline").GetAttributeAsync("points"))!.Split(' ').Length);
        Assert.Contains("Training loss over 2 epochs", await card.Locator("svg title").TextContentAsync(), StringComparison.Ordinal);
        await PortalPages.AssertAccessibleAsync(page);
        await PortalPages.ScreenshotAsync(page, "training");

        Assert.True(await Queue.ReportAsync(queued.JobId, Worker, new TrainingProgress("publishing", 0.95, 4, 4, [2.4, 1.7, 1.4, 1.3], TimeSpan.FromSeconds(5))));
        await Queue.CompleteAsync(queued.JobId, Worker, new TrainingJobOutcome(
            TrainingJobStatus.Published,
            "Published de@v41: BLEU-4 21.30 against 20.10 live.",
            new Dictionary<string, double> { ["bleu4"] = 21.3, ["rougeL"] = 47.25 },
            new Dictionary<string, double> { ["bleu4"] = 20.1, ["rougeL"] = 46.5 },
            41,
            new Dictionary<string, double> { ["bleu4"] = 30.5, ["rougeL"] = 55 },
            new Dictionary<string, double> { ["bleu4"] = 18, ["rougeL"] = 44 }));

        await card.Locator("[data-testid=job-status]", new() { HasTextString = "Published" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("Published de@v41: BLEU-4 21.30 against 20.10 live.", (await card.Locator("[data-testid=job-message]").InnerTextAsync()).Trim());
        Assert.Equal(["21.30", "20.10", "+1.20"], await ScoresAsync(card, "reference set", "bleu4"));
        Assert.Equal(["55.00", "44.00", "+11.00"], await ScoresAsync(card, "held-out split", "rougeL"));
        Assert.Contains("de@v41", await card.Locator("[data-testid=job-published]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await card.Locator("a[href='admin/adapters']").CountAsync());
        Assert.Equal(1, await card.GetByRole(AriaRole.Button, new() { Name = "Pin my tenant to de v41" }).CountAsync());
        Assert.Equal(0, await card.GetByRole(AriaRole.Button, new() { Name = "Promote de v41" }).CountAsync());
        Assert.Equal(0, await card.Locator("progress").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_operator_starts_a_global_job_with_an_automatic_canary_and_canaries_what_it_published()
    {
        // The shipped English adapter under a new version: canarying it changes nothing any other test translates.
        var registry = platform.Grains.GetGrain<IAdapterRegistryGrain>("en");
        var version = await DemoAdapters.NextVersionAsync(registry);
        await registry.PublishAsync(new AdapterPublication(DemoAdapters.Relabelled("en", version), null, "tests", new Dictionary<string, double>()));
        var catalog = platform.Grains.GetGrain<IDatasetCatalogGrain>(DatasetFolders.PlatformOwner);
        var id = Guid.NewGuid().ToString("N");
        await catalog.AddUploadAsync(new DatasetUpload(id, $"global {id[..8]}", "en", 4096, "tests"));
        await catalog.CompleteImportAsync(id, new DatasetImportResult(true, "phoenix", [], 20, 4, 4));

        var page = await platform.SignInAsync(AccountRole.PlatformOperator);
        await OpenAsync(page);
        Assert.Equal(DatasetFolders.PlatformOwner, await page.Locator("#training-owner").InputValueAsync());
        await page.Locator($"tr[data-dataset='{id}'][data-status=Ready]").WaitForAsync();
        await page.SelectOptionAsync("#job-dataset", id);
        await page.FillAsync("#job-canary", "20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start retraining", Exact = true }).ClickAsync();
        await JobCard(page, $"global {id[..8]}").Locator("[data-testid=job-status]", new() { HasTextString = "Queued" }).WaitForAsync();

        var job = Assert.Single(await Queue.ListAsync(null), j => j.Request.DatasetId == id && j.Request.Kind == TrainingJobKind.Retrain);
        Assert.Equal(((string?)null, "en", (double?)0.2, platform.DemoAccounts[AccountRole.PlatformOperator].Email),
            (job.Request.TenantId, job.Request.Language, job.Request.AutoCanary, job.Request.RequestedBy));

        await ClaimAsync(job.JobId);
        await Queue.CompleteAsync(job.JobId, Worker, new TrainingJobOutcome(
            TrainingJobStatus.Published, $"Published en@v{version}.", new Dictionary<string, double>(), new Dictionary<string, double>(), version));
        var card = page.Locator($"li.job[data-job='{job.JobId}']");
        await card.Locator("[data-testid=job-status]", new() { HasTextString = "Published" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(0, await card.GetByRole(AriaRole.Button, new() { Name = $"Pin my tenant to en v{version}" }).CountAsync());

        await ConfirmAsync(page, $"Canary 10% of en v{version}");
        await page.GetByText($"Done: route 10 % of new en sessions to v{version}.").WaitForAsync();
        var rollout = await registry.GetRolloutAsync();
        Assert.Equal((version, 0.1), (rollout.Canary!.Value, rollout.CanaryShare));
        Assert.Equal(1, await card.GetByRole(AriaRole.Button, new() { Name = $"Promote en v{version}" }).CountAsync());
        await PortalPages.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Another_tenants_admin_sees_none_of_the_demo_tenants_datasets_or_jobs_and_cannot_cancel_them()
    {
        var dataset = await ReadyDatasetAsync("private");
        var job = await Queue.EnqueueAsync(new TrainingJobRequest(DemoTenant, "de", dataset.DatasetId, new TrainingJobSettings(), "tests"));
        var (otherTenant, email, password) = await platform.CreateTenantAsync(AccountRole.TenantAdmin);

        var other = await platform.SignInAsync(email, password);
        await OpenAsync(other);
        await other.GetByText("No dataset has been uploaded yet.").WaitForAsync();
        await other.GetByText("No retrain job yet.").WaitForAsync();
        var content = await other.ContentAsync();
        Assert.DoesNotContain(dataset.Name, content, StringComparison.Ordinal);
        Assert.DoesNotContain(job.JobId.ToString("N")[..8], content, StringComparison.Ordinal);
        Assert.Equal(0, await other.Locator("#training-owner").CountAsync());

        // The page offers no cancel button for the job; the service behind it refuses the job id all the same.
        var training = new PortalTraining(
            platform.Grains,
            new DatasetUploads(platform.Grains, Options.Create(new DatasetStorageOptions { Directory = platform.DatasetsDirectory })),
            NullLogger<PortalTraining>.Instance);
        var otherAdmin = new PortalUser(email, otherTenant, AccountRole.TenantAdmin, email);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => training.CancelAsync(otherAdmin, job.JobId, CancellationToken.None));
        Assert.Equal(TrainingJobStatus.Queued, (await Queue.GetAsync(job.JobId))!.Status);
        await Assert.ThrowsAsync<TrainingJobRejectedException>(() =>
            training.StartAsync(otherAdmin, TrainingOwner.Platform, new RetrainForm(dataset.DatasetId, null, null, null), CancellationToken.None));

        Assert.True(await Queue.CancelAsync(job.JobId, "tests"));
        await other.Context.CloseAsync();
    }

    /// <summary>A demo-tenant dataset as a worker leaves it after a passed import.</summary>
    private async Task<DatasetInfo> ReadyDatasetAsync(string label)
    {
        var id = Guid.NewGuid().ToString("N");
        var info = await DemoCatalog.AddUploadAsync(new DatasetUpload(id, $"{label} {id[..8]}", "de", 4096, "tests"));
        await DemoCatalog.CompleteImportAsync(id, new DatasetImportResult(true, "translations.csv", [], 12, 3, 3));
        return info;
    }

    /// <summary>
    /// Claims jobs as a worker would until it holds <paramref name="jobId"/>. Only these tests queue retrain jobs and
    /// each ends its own, so anything else in the way was left by a test that failed; it is cancelled.
    /// </summary>
    private async Task ClaimAsync(Guid jobId)
    {
        foreach (var stale in (await Queue.ListAsync(null)).Where(j => j.Worker == Worker && j.Status == TrainingJobStatus.Running && j.JobId != jobId))
        {
            await Queue.CancelAsync(stale.JobId, "tests");
        }

        for (var attempt = 0; attempt < 20; attempt++)
        {
            var claimed = await Queue.ClaimAsync(Worker, TrainingJobKind.Retrain);
            Assert.NotNull(claimed);
            if (claimed.JobId == jobId)
            {
                return;
            }

            await Queue.CancelAsync(claimed.JobId, "tests");
        }

        Assert.Fail($"Job {jobId} was not claimed.");
    }

    private static async Task OpenAsync(IPage page)
    {
        await page.GotoAsync("admin/training");
        await page.WaitForSelectorAsync("[data-interactive]");
    }

    private static ILocator DatasetRow(IPage page, string name) => page.Locator("tr[data-dataset]", new() { HasTextString = name });

    private static ILocator JobCard(IPage page, string datasetName) => page.Locator("li.job", new() { HasTextString = datasetName });

    private static async Task<IReadOnlyList<string>> ScoresAsync(ILocator card, string set, string metric) =>
        [.. (await card.Locator($"tr[data-set='{set}'][data-metric='{metric}'] td.text-end").AllInnerTextsAsync()).Select(t => t.Trim())];

    private static async Task ConfirmAsync(IPage page, string action)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Alertdialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}

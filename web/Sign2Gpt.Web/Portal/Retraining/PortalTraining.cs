using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Contracts.Training;
using Sign2Gpt.Web.Portal.Accounts;
using Sign2Gpt.Web.Training;

namespace Sign2Gpt.Web.Portal.Retraining;

/// <summary>
/// The trainer service as the portal offers it: upload datasets, start retrain jobs on them, follow and cancel them.
/// A tenant admin acts for their own tenant whatever the page asks for; a platform operator for any tenant or the
/// platform. Every check that keeps tenants apart is made here, not in the page, so a crafted circuit call cannot skip it.
/// </summary>
public sealed partial class PortalTraining(IGrainFactory grains, DatasetUploads uploads, ILogger<PortalTraining> logger)
{
    public long MaxUploadBytes => uploads.MaxBytes;

    /// <summary>Whom the user may choose to act for: the platform and every tenant for an operator, else their own tenant.</summary>
    public async Task<IReadOnlyList<TrainingOwner>> OwnersAsync(PortalUser user, CancellationToken cancellationToken)
    {
        if (!user.IsOperator)
        {
            return [TrainingOwner.Tenant(user.TenantId, user.TenantId)];
        }

        var tenants = await grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync(cancellationToken);
        return [TrainingOwner.Platform, .. tenants.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => TrainingOwner.Tenant(t.Key, t.Value))];
    }

    /// <summary>The tenant (null: the platform) the user acts for when they ask for <paramref name="requested"/>.</summary>
    public static string? OwnerFor(PortalUser user, TrainingOwner requested) => user.IsOperator ? requested.TenantId : user.TenantId;

    /// <summary>
    /// Languages a dataset may be in: those of the tenant it is for, or, for the platform, those of the operator's own
    /// tenant (as on the rollout page). The catalog refuses any the platform does not serve.
    /// </summary>
    public async Task<IReadOnlyList<string>> LanguagesAsync(PortalUser user, TrainingOwner owner, CancellationToken cancellationToken)
    {
        var tenant = OwnerFor(user, owner) ?? user.TenantId;
        var settings = await grains.GetGrain<ITenantGrain>(tenant).GetSettingsAsync(cancellationToken);
        return settings?.Languages ?? [];
    }

    public async Task<TrainingOverview> OverviewAsync(PortalUser user, TrainingOwner owner, CancellationToken cancellationToken)
    {
        var tenantId = OwnerFor(user, owner);
        var datasets = Catalog(tenantId).ListAsync(cancellationToken);

        // The queue lists every job for a null tenant, so global jobs are picked out here.
        var jobs = (await Queue.ListAsync(tenantId, cancellationToken)).Where(j => j.Request.TenantId == tenantId).ToList();
        return new TrainingOverview(
            await datasets,
            [.. jobs.Where(j => j.Request.Kind == TrainingJobKind.Retrain)],
            jobs.Where(j => j.Request.Kind == TrainingJobKind.ImportDataset)
                .GroupBy(j => j.Request.DatasetId)
                .ToDictionary(g => g.Key, g => g.First().Status));
    }

    /// <exception cref="DatasetRejectedException">Too large, empty, over the owner's quota, or a language the platform does not serve.</exception>
    public async Task<DatasetInfo> UploadAsync(PortalUser user, TrainingOwner owner, Stream zip, string name, string language, CancellationToken cancellationToken)
    {
        RequireAdmin(user);
        var info = await uploads.UploadAsync(zip, OwnerFor(user, owner), name, language, user.Email, cancellationToken);
        LogUploaded(logger, user.Email, info.DatasetId, DatasetFolders.Owner(info.TenantId), info.Language, info.SizeBytes);
        return info;
    }

    /// <exception cref="TrainingJobRejectedException">No such ready dataset, settings out of range, or too many jobs waiting.</exception>
    public async Task<TrainingJob> StartAsync(PortalUser user, TrainingOwner owner, RetrainForm form, CancellationToken cancellationToken)
    {
        RequireAdmin(user);
        var tenantId = OwnerFor(user, owner);

        // The job is in the dataset's language; the queue refuses ids that are not the owner's ready datasets.
        var dataset = await Catalog(tenantId).GetAsync(form.DatasetId, cancellationToken)
            ?? throw new TrainingJobRejectedException("Choose one of the datasets listed here.");
        var autoCanary = form.AutoCanaryPercent is { } percent ? percent / 100.0 : (double?)null;
        var job = await Queue.EnqueueAsync(
            new TrainingJobRequest(tenantId, dataset.Language, dataset.DatasetId, new TrainingJobSettings(form.Epochs, form.LearningRate), user.Email, autoCanary),
            cancellationToken);
        LogStarted(logger, user.Email, job.JobId, DatasetFolders.Owner(tenantId), dataset.Language, dataset.DatasetId);
        return job;
    }

    /// <summary>Cancels a queued or running retrain job; false when it no longer runs.</summary>
    /// <exception cref="UnauthorizedAccessException">The job is another tenant's (or no job the user may see).</exception>
    public async Task<bool> CancelAsync(PortalUser user, Guid jobId, CancellationToken cancellationToken)
    {
        RequireAdmin(user);
        var job = await Queue.GetAsync(jobId, cancellationToken);
        if (job is null)
        {
            return false;
        }

        // Job ids travel through the page, so a tenant admin's circuit could name any; only their tenant's are theirs.
        if (job.Request.Kind != TrainingJobKind.Retrain || (!user.IsOperator && job.Request.TenantId != user.TenantId))
        {
            LogRefused(logger, user.Email, jobId);
            throw new UnauthorizedAccessException("That job is not one of your organisation's retrain jobs.");
        }

        var cancelled = await Queue.CancelAsync(jobId, user.Email, cancellationToken);
        LogCancelled(logger, user.Email, jobId, cancelled);
        return cancelled;
    }

    private static void RequireAdmin(PortalUser user)
    {
        if (!user.IsTenantAdmin)
        {
            throw new UnauthorizedAccessException("Training needs a tenant admin or a platform operator.");
        }
    }

    private IDatasetCatalogGrain Catalog(string? tenantId) => grains.GetGrain<IDatasetCatalogGrain>(DatasetFolders.Owner(tenantId));

    private ITrainingQueueGrain Queue => grains.GetGrain<ITrainingQueueGrain>(ITrainingQueueGrain.Key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal: {Actor} uploaded dataset {DatasetId} for {Owner} ({Language}, {Bytes} bytes)")]
    private static partial void LogUploaded(ILogger logger, string actor, string datasetId, string owner, string language, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal: {Actor} started retrain job {JobId} for {Owner} ({Language}) on dataset {DatasetId}")]
    private static partial void LogStarted(ILogger logger, string actor, Guid jobId, string owner, string language, string datasetId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal: {Actor} cancelled retrain job {JobId} (it was still queued or running: {Cancelled})")]
    private static partial void LogCancelled(ILogger logger, string actor, Guid jobId, bool cancelled);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal: {Actor} tried to cancel job {JobId}, which is not theirs to cancel")]
    private static partial void LogRefused(ILogger logger, string actor, Guid jobId);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Contracts.Training;
using Sign2Gpt.Web.Admin;
using Sign2Gpt.Web.Ingest;

namespace Sign2Gpt.Web.Training;

/// <summary>
/// The operator's side of the trainer service: upload a dataset for a tenant (or the platform), start retrain jobs,
/// follow and cancel them. Tenant admins do the same for their own tenant in the portal.
/// </summary>
public static class TrainingAdminApi
{
    public static IEndpointRouteBuilder MapTrainingAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/v1/admin")
            .WithTags("Admin")
            .AddEndpointFilter<OperatorKeyFilter>()
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);

        admin.MapPost("datasets", UploadAsync)
            .WithName("UploadDataset")
            .WithSummary("Upload a dataset zip (PHOENIX-2014-T layout, or videos + translations.csv); it is validated and imported by a trainer worker")
            .Accepts<Stream>("application/zip")
            .WithMetadata(new DisableRequestSizeLimitAttribute());
        admin.MapGet("datasets", async (string? tenant, IGrainFactory grains, CancellationToken cancellationToken) =>
                TypedResults.Ok(await Catalog(grains, tenant).ListAsync(cancellationToken)))
            .WithName("ListDatasets").WithSummary("A tenant's (or the platform's) datasets, newest first");
        admin.MapGet("datasets/{datasetId}", GetDatasetAsync).WithName("GetDataset").WithSummary("One dataset and how its import went");
        admin.MapPost("training/jobs", StartAsync).WithName("StartRetrain").WithSummary("Queue a retrain job for a language's adapter");
        admin.MapGet("training/jobs", async (string? tenant, IGrainFactory grains, CancellationToken cancellationToken) =>
                TypedResults.Ok(await Queue(grains).ListAsync(tenant, cancellationToken)))
            .WithName("ListTrainingJobs").WithSummary("Jobs, newest first: one tenant's, or all");
        admin.MapGet("training/jobs/{jobId:guid}", GetJobAsync).WithName("GetTrainingJob").WithSummary("A job's status, progress and outcome");
        admin.MapDelete("training/jobs/{jobId:guid}", CancelAsync).WithName("CancelTrainingJob").WithSummary("Cancel a queued or running job");
        return endpoints;
    }

    private static async Task<Results<Accepted<DatasetInfo>, JsonHttpResult<ApiError>>> UploadAsync(
        string? tenant, string language, string? name, HttpRequest request, DatasetUploads uploads, CancellationToken cancellationToken)
    {
        try
        {
            var info = await uploads.UploadAsync(request.Body, tenant, name ?? "", language, AdapterAdminApi.Operator, cancellationToken);
            return TypedResults.Accepted($"/v1/admin/datasets/{info.DatasetId}?tenant={tenant}", info);
        }
        catch (DatasetRejectedException e)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, "dataset_rejected", e.Message);
        }
    }

    private static async Task<Results<Ok<DatasetInfo>, JsonHttpResult<ApiError>>> GetDatasetAsync(
        string datasetId, string? tenant, IGrainFactory grains, CancellationToken cancellationToken) =>
        await Catalog(grains, tenant).GetAsync(datasetId, cancellationToken) is { } info
            ? TypedResults.Ok(info)
            : ApiError.Result(StatusCodes.Status404NotFound, "dataset_not_found", $"There is no dataset {datasetId} for this owner.");

    private static async Task<Results<Accepted<TrainingJob>, JsonHttpResult<ApiError>>> StartAsync(
        RetrainRequest body, IGrainFactory grains, CancellationToken cancellationToken)
    {
        try
        {
            var job = await Queue(grains).EnqueueAsync(
                new TrainingJobRequest(body.Tenant, body.Language, body.DatasetId, new TrainingJobSettings(body.Epochs, body.LearningRate, body.Rank, body.Anchor), AdapterAdminApi.Operator, body.AutoCanary),
                cancellationToken);
            return TypedResults.Accepted($"/v1/admin/training/jobs/{job.JobId}", job);
        }
        catch (TrainingJobRejectedException e)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, "job_rejected", e.Message);
        }
    }

    private static async Task<Results<Ok<TrainingJob>, JsonHttpResult<ApiError>>> GetJobAsync(Guid jobId, IGrainFactory grains, CancellationToken cancellationToken) =>
        await Queue(grains).GetAsync(jobId, cancellationToken) is { } job
            ? TypedResults.Ok(job)
            : ApiError.Result(StatusCodes.Status404NotFound, "job_not_found", $"There is no job {jobId}.");

    private static async Task<Results<NoContent, JsonHttpResult<ApiError>>> CancelAsync(Guid jobId, IGrainFactory grains, CancellationToken cancellationToken) =>
        await Queue(grains).CancelAsync(jobId, AdapterAdminApi.Operator, cancellationToken)
            ? TypedResults.NoContent()
            : ApiError.Result(StatusCodes.Status404NotFound, "job_not_found", $"Job {jobId} does not exist or has already ended.");

    private static IDatasetCatalogGrain Catalog(IGrainFactory grains, string? tenant) => grains.GetGrain<IDatasetCatalogGrain>(DatasetFolders.Owner(tenant));

    private static ITrainingQueueGrain Queue(IGrainFactory grains) => grains.GetGrain<ITrainingQueueGrain>(ITrainingQueueGrain.Key);
}

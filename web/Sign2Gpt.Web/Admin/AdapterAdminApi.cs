using Microsoft.AspNetCore.Http.HttpResults;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Web.Ingest;

namespace Sign2Gpt.Web.Admin;

/// <summary>
/// The operator's adapter rollout: publish a version (validated by the silos against the loaded model), canary,
/// promote, roll back, pin a tenant. Every change takes effect for sessions that start afterwards, on every silo.
/// </summary>
public static class AdapterAdminApi
{
    public const string Operator = "operator";

    public static IEndpointRouteBuilder MapAdapterAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var adapters = endpoints.MapGroup("/v1/admin/adapters/{language}")
            .WithTags("Admin")
            .AddEndpointFilter<OperatorKeyFilter>()
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);

        adapters.MapGet("", GetAsync).WithName("GetRollout").WithSummary("The language's rollout: versions, live, canary, pins, history");
        adapters.MapPost("versions", PublishAsync)
            .WithName("PublishAdapter")
            .WithSummary("Publish an .onnx_adapter file (raw bytes); its adapter_version is the version")
            .Accepts<Stream>("application/octet-stream");
        adapters.MapPost("canary", (string language, CanaryRequest request, IGrainFactory grains, CancellationToken cancellationToken) =>
                Change(() => Registry(grains, language).StartCanaryAsync(request.Version, request.Share, Operator, cancellationToken)))
            .WithName("StartCanary").WithSummary("Route a share of new sessions to a version");
        adapters.MapPost("promote", (string language, VersionRequest request, IGrainFactory grains, CancellationToken cancellationToken) =>
                Change(() => Registry(grains, language).PromoteAsync(request.Version, Operator, cancellationToken)))
            .WithName("Promote").WithSummary("Make a version live for everyone not pinned");
        adapters.MapPost("rollback", (string language, IGrainFactory grains, CancellationToken cancellationToken) =>
                Change(() => Registry(grains, language).RollBackAsync(Operator, cancellationToken)))
            .WithName("RollBack").WithSummary("Go back to the previously live version");
        adapters.MapPut("pins/{tenantId}", (string language, string tenantId, VersionRequest request, IGrainFactory grains, CancellationToken cancellationToken) =>
                Change(() => Registry(grains, language).PinTenantAsync(tenantId, request.Version, Operator, cancellationToken)))
            .WithName("PinTenant").WithSummary("Pin a tenant to a version");
        adapters.MapDelete("pins/{tenantId}", (string language, string tenantId, IGrainFactory grains, CancellationToken cancellationToken) =>
                Change(() => Registry(grains, language).PinTenantAsync(tenantId, null, Operator, cancellationToken)))
            .WithName("UnpinTenant").WithSummary("Let a tenant follow the rollout again");
        return endpoints;
    }

    private static async Task<Ok<AdapterRollout>> GetAsync(string language, IGrainFactory grains, CancellationToken cancellationToken) =>
        TypedResults.Ok(await Registry(grains, language).GetRolloutAsync(cancellationToken));

    private static async Task<Results<Created<AdapterVersionInfo>, JsonHttpResult<ApiError>>> PublishAsync(
        string language, string? tenant, double? bleu4, double? rougeL, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var metrics = new Dictionary<string, double>();
        if (bleu4 is { } b)
        {
            metrics["bleu4"] = b;
        }

        if (rougeL is { } r)
        {
            metrics["rougeL"] = r;
        }

        try
        {
            var info = await Registry(grains, language).PublishAsync(new AdapterPublication(body.ToArray(), tenant, Operator, metrics), cancellationToken);
            return TypedResults.Created($"/v1/admin/adapters/{language}", info);
        }
        catch (AdapterRejectedException e)
        {
            return Rejected(e);
        }
    }

    private static async Task<Results<Ok<AdapterRollout>, JsonHttpResult<ApiError>>> Change(Func<Task<AdapterRollout>> change)
    {
        try
        {
            return TypedResults.Ok(await change());
        }
        catch (AdapterRejectedException e)
        {
            return Rejected(e);
        }
    }

    private static JsonHttpResult<ApiError> Rejected(AdapterRejectedException e) =>
        ApiError.Result(StatusCodes.Status400BadRequest, "adapter_rejected", e.Message);

    private static IAdapterRegistryGrain Registry(IGrainFactory grains, string language) => grains.GetGrain<IAdapterRegistryGrain>(language);
}

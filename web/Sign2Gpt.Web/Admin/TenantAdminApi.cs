using Microsoft.AspNetCore.Http.HttpResults;
using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Web.Ingest;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Web.Admin;

/// <summary>
/// The operator's way to onboard a tenant on a fresh deployment: its settings and quotas, API keys for its apps, and
/// portal accounts for its people. (<c>./sign2gpt up</c> makes the demo tenant itself; a real cluster starts empty.)
/// </summary>
public static class TenantAdminApi
{
    public static IEndpointRouteBuilder MapTenantAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var tenants = endpoints.MapGroup("/v1/admin/tenants/{tenantId}")
            .WithTags("Admin")
            .AddEndpointFilter<OperatorKeyFilter>()
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        tenants.MapPut("", ConfigureAsync).WithName("ConfigureTenant").WithSummary("Create a tenant or change its settings and quotas");
        tenants.MapGet("", async (string tenantId, IGrainFactory grains, CancellationToken cancellationToken) =>
                await Tenant(grains, tenantId).GetSettingsAsync(cancellationToken) is { } settings ? (IResult)TypedResults.Ok(settings) : UnknownTenant(tenantId))
            .WithName("GetTenant").WithSummary("A tenant's settings");
        tenants.MapPost("keys", IssueKeyAsync).WithName("IssueApiKey").WithSummary("Issue an API key for the tenant's apps; the key is shown only in this answer");
        tenants.MapPost("accounts", CreateAccountAsync).WithName("CreateAccount").WithSummary("Create a portal account (TenantUser or TenantAdmin) in the tenant");
        return endpoints;
    }

    private static async Task<Results<Ok<TenantSettings>, JsonHttpResult<ApiError>>> ConfigureAsync(
        string tenantId, TenantRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await Tenant(grains, tenantId).ConfigureAsync(
                new TenantSettings(request.DisplayName, request.Languages, request.MaxConcurrentSessions, request.MaxVideoMinutesPerDay), cancellationToken));
        }
        catch (SessionRejectedException e)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, "tenant_rejected", e.Message);
        }
    }

    private static async Task<IResult> IssueKeyAsync(string tenantId, ApiKeyRequest request, IGrainFactory grains, CancellationToken cancellationToken) =>
        await Tenant(grains, tenantId).GetSettingsAsync(cancellationToken) is null
            ? UnknownTenant(tenantId)
            : TypedResults.Created($"/v1/admin/tenants/{tenantId}", await Tenant(grains, tenantId).IssueApiKeyAsync(request.Label, cancellationToken));

    private static async Task<IResult> CreateAccountAsync(
        string tenantId, AccountRequest request, IGrainFactory grains, AccountDirectory accounts, CancellationToken cancellationToken)
    {
        if (await Tenant(grains, tenantId).GetSettingsAsync(cancellationToken) is null)
        {
            return UnknownTenant(tenantId);
        }

        if (request.Role == AccountRole.PlatformOperator)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, "account_rejected", "Tenant accounts are TenantUser or TenantAdmin.");
        }

        try
        {
            return await accounts.CreateAsync(request.Email, request.Password, tenantId, request.Role, request.DisplayName ?? request.Email, cancellationToken)
                ? TypedResults.Created($"/v1/admin/tenants/{tenantId}", new { email = Account.KeyOf(request.Email), tenant_id = tenantId, role = request.Role })
                : ApiError.Result(StatusCodes.Status409Conflict, "account_exists", $"An account for {request.Email} already exists.");
        }
        catch (ArgumentException e)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, "account_rejected", e.Message);
        }
    }

    private static JsonHttpResult<ApiError> UnknownTenant(string tenantId) =>
        ApiError.Result(StatusCodes.Status404NotFound, "tenant_not_found", $"There is no tenant {tenantId}; create it with PUT /v1/admin/tenants/{tenantId} first.");

    private static ITenantGrain Tenant(IGrainFactory grains, string tenantId) => grains.GetGrain<ITenantGrain>(tenantId);
}

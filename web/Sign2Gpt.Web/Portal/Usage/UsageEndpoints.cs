using Microsoft.AspNetCore.Http.HttpResults;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Web.Portal.Usage;

public static class UsageEndpoints
{
    /// <summary>The usage page's CSV export, for the same range and tenant as the page shows.</summary>
    public static IEndpointRouteBuilder MapPortalUsageExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/portal/usage.csv", ExportAsync).RequireAuthorization(PortalPolicies.TenantAdmin);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, BadRequest<string>>> ExportAsync(
        DateOnly from, DateOnly to, string? tenant, HttpContext context, PortalUsage usage, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await usage.ReportAsync(PortalUser.FromPrincipal(context.User)!, new UsageQuery(from, to, tenant), cancellationToken);
            var name = $"sign2gpt-usage-{from:yyyyMMdd}-{to:yyyyMMdd}.csv";
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(PortalUsage.ToCsv(rows)), "text/csv", name);
        }
        catch (ArgumentException invalid)
        {
            return TypedResults.BadRequest(invalid.Message);
        }
    }
}

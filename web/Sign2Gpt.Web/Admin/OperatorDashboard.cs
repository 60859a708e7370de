using Orleans.Dashboard;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Web.Admin;

/// <summary>
/// The Orleans Dashboard (grains, silos, call rates, errors) for platform operators, at <see cref="Path"/>. The silos
/// collect its statistics; the web's cluster client serves them, behind the portal's operator sign-in.
/// </summary>
public static class OperatorDashboard
{
    public const string Path = "/admin/dashboard";

    public static IClientBuilder AddOperatorDashboard(this IClientBuilder client) => client.AddDashboard();

    public static WebApplication MapOperatorDashboard(this WebApplication app)
    {
        app.MapOrleansDashboard(Path).RequireAuthorization(PortalPolicies.Operator);
        return app;
    }
}

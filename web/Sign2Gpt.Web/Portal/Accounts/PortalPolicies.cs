using Microsoft.AspNetCore.Authentication.Cookies;
using Sign2Gpt.Contracts.Accounts;

namespace Sign2Gpt.Web.Portal.Accounts;

/// <summary>The portal's authorization policies; each names the cookie scheme, so API-key callers never pass them.</summary>
public static class PortalPolicies
{
    public const string SignedIn = "PortalSignedIn";
    public const string TenantAdmin = "PortalTenantAdmin";
    public const string Operator = "PortalOperator";

    public static IServiceCollection AddPortalPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(PortalUser.TenantClaim))
            .AddPolicy(TenantAdmin, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(nameof(AccountRole.TenantAdmin), nameof(AccountRole.PlatformOperator)))
            .AddPolicy(Operator, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(nameof(AccountRole.PlatformOperator)));
        return services;
    }
}

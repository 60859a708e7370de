using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Sign2Gpt.Web.Portal.Accounts;

public static class SignOutEndpoint
{
    /// <summary>POST only, with the form's antiforgery token: a link elsewhere cannot sign anyone out.</summary>
    public static IEndpointRouteBuilder MapPortalSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.LocalRedirect("/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }
}

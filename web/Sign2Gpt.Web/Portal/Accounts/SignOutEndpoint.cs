using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Sign2Gpt.Web.Portal.Accounts;

public static class SignOutEndpoint
{
    /// <summary>
    /// POST only, with the layout form's antiforgery token, checked here: the antiforgery middleware checks only
    /// endpoints that bind a form, and a link or script elsewhere must not sign anyone out.
    /// </summary>
    public static IEndpointRouteBuilder MapPortalSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async Task<IResult> (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest("The sign-out form has expired; reload the page and sign out again.");
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.LocalRedirect("/login");
        }).DisableAntiforgery();
        return app;
    }
}

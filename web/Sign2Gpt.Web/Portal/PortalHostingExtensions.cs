using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sign2Gpt.Web.Portal.Accounts;
using Sign2Gpt.Web.Portal.Recordings;
using Sign2Gpt.Web.Portal.Retraining;
using Sign2Gpt.Web.Portal.Rollout;
using Sign2Gpt.Web.Portal.Sessions;
using Sign2Gpt.Web.Portal.Translate;
using Sign2Gpt.Web.Portal.Usage;
using StackExchange.Redis;

namespace Sign2Gpt.Web.Portal;

public static class PortalHostingExtensions
{
    /// <summary>
    /// The Blazor portal: cookie sign-in (the default scheme; the ingest API keeps its own), interactive server pages,
    /// recordings for playback. With a "Redis" connection string, recordings and the cookie-protecting keys live in
    /// Redis, so any web node serves any signed-in person.
    /// </summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // A build output (./sign2gpt up, the browser tests) serves wwwroot from the project in every environment; a
        // published app has no such manifest and serves its own copy.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddOptions<PortalOptions>().Bind(builder.Configuration.GetSection(PortalOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoAccountsOptions>().Bind(builder.Configuration.GetSection(DemoAccountsOptions.Section));

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/login";
                cookie.AccessDeniedPath = "/denied";
                cookie.Cookie.Name = "sign2gpt.portal";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the portal is served over HTTPS (always, behind the deployed ingress); plain HTTP is loopback only.
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;

                // The portal's own endpoints are called by scripts, which cannot follow a redirect to a sign-in page:
                // they get the status instead.
                cookie.Events.OnRedirectToLogin = redirect => AnswerScriptsOrRedirect(redirect, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = redirect => AnswerScriptsOrRedirect(redirect, StatusCodes.Status403Forbidden);
            });
        services.AddPortalPolicies();

        services.TryAddSingleton<AccountDirectory>();
        services.AddSingleton<PortalSessions>();
        services.AddSingleton<UploadPreparer>();
        services.AddSingleton<PortalTranslator>();
        services.AddSingleton<PortalRollouts>();
        services.AddSingleton<PortalUsage>();
        services.AddSingleton<PortalTraining>();
        services.AddSingleton<LiveTranslator>();
        services.AddHostedService<LiveSessionSweeper>();
        services.AddHostedService<DemoAccountsSeeder>();

        var redis = builder.Configuration.GetConnectionString("Redis");
        if (redis is null)
        {
            services.AddSingleton<IRecordingStore, MemoryRecordingStore>();
        }
        else
        {
            var connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redis));
            services.AddSingleton<IConnectionMultiplexer>(_ => connection.Value);
            services.AddSingleton<IRecordingStore, RedisRecordingStore>();
            services.AddDataProtection()
                .SetApplicationName("sign2gpt-portal")
                .PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), "sign2gpt:portal:data-protection-keys");
        }

        return builder;
    }

    /// <summary>Antiforgery (after authentication), static assets, the pages, sign-out, the session files and live translation.</summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapPortalSignOut();
        app.MapPortalSessionFiles();
        app.MapPortalUsageExport();
        app.MapPortalLiveTranslation();
        return app;
    }

    private static Task AnswerScriptsOrRedirect(RedirectContext<CookieAuthenticationOptions> redirect, int statusCode)
    {
        if (redirect.Request.Path.StartsWithSegments("/portal", StringComparison.Ordinal))
        {
            redirect.Response.StatusCode = statusCode;
        }
        else
        {
            redirect.Response.Redirect(redirect.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

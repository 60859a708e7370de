using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Sign2Gpt.Contracts.Tenants;

namespace Sign2Gpt.Web.Ingest;

/// <summary>API keys as an ASP.NET Core authentication scheme, so that authorization and the per-key rate limiter
/// both see the verified caller.</summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";

    /// <summary>The authorization policy every ingest route requires.</summary>
    public const string Policy = "IngestApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, configureOptions: null);

        // The policy names its scheme, so the ingest routes stay key-only even when a co-hosted portal sets
        // another default scheme (cookies) later.
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }
}

/// <summary>
/// Reads <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>, and asks the tenant grain named in the key
/// whether it is live.
/// </summary>
public sealed partial class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IGrainFactory grains,
    IMemoryCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    /// <summary>
    /// A verified key is trusted this long without asking its tenant grain again, which spares the grain a call
    /// per chunk. The price: a revoked key keeps working on this edge for up to this long.
    /// </summary>
    public static readonly TimeSpan VerificationLifetime = TimeSpan.FromSeconds(30);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var apiKey = ReadApiKey(Request.Headers);
        if (apiKey is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeyFormat.TryParse(apiKey, out var tenantId, out var keyId, out _))
        {
            Log.MalformedKey(Logger);
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        // Cached under a hash so that secrets do not sit in memory as cache keys.
        var cacheKey = "api-key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
        if (!cache.TryGetValue(cacheKey, out _))
        {
            var live = await grains.GetGrain<ITenantGrain>(tenantId).VerifyApiKeyAsync(apiKey, Context.RequestAborted);
            if (!live)
            {
                Log.KeyRefused(Logger, tenantId, keyId);
                return AuthenticateResult.Fail("The API key is not valid.");
            }

            cache.Set(cacheKey, true, VerificationLifetime);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ApiCaller.TenantClaim, tenantId), new Claim(ApiCaller.KeyClaim, keyId)],
            ApiKeyAuthentication.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var message = result.Failure?.Message
            ?? $"An API key is required: 'Authorization: Bearer <key>' or '{ApiKeyAuthentication.ApiKeyHeader}: <key>'.";
        Response.Headers.WWWAuthenticate = "Bearer";
        await ApiError.WriteAsync(Context, StatusCodes.Status401Unauthorized, ApiError.Unauthorized, message);
    }

    private static string? ReadApiKey(IHeaderDictionary headers)
    {
        var authorization = headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var header = headers[ApiKeyAuthentication.ApiKeyHeader].ToString().Trim();
        return header.Length > 0 ? header : null;
    }

    private static partial class Log
    {
        [LoggerMessage(LogLevel.Debug, "Refused a malformed API key")]
        public static partial void MalformedKey(ILogger logger);

        [LoggerMessage(LogLevel.Information, "Refused API key {KeyId} of tenant {TenantId}: unknown or revoked")]
        public static partial void KeyRefused(ILogger logger, string tenantId, string keyId);
    }
}

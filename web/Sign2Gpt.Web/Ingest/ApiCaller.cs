using System.Security.Claims;

namespace Sign2Gpt.Web.Ingest;

/// <summary>Who is calling: the tenant and API key that <see cref="ApiKeyAuthenticationHandler"/> verified.</summary>
public sealed record ApiCaller(string TenantId, string KeyId)
{
    public const string TenantClaim = "sign2gpt:tenant";
    public const string KeyClaim = "sign2gpt:api_key";

    /// <summary>Rate limits count per key; key ids are unique only within their tenant.</summary>
    public string RateLimitPartition => $"{TenantId}.{KeyId}";

    public static ApiCaller? FromPrincipal(ClaimsPrincipal? user) =>
        user?.FindFirst(TenantClaim)?.Value is { } tenantId && user.FindFirst(KeyClaim)?.Value is { } keyId
            ? new ApiCaller(tenantId, keyId)
            : null;

    /// <summary>Lets handlers take an <see cref="ApiCaller"/> parameter; every ingest route requires a verified key.</summary>
    public static ValueTask<ApiCaller?> BindAsync(HttpContext context) => ValueTask.FromResult(FromPrincipal(context.User));
}

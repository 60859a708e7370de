using System.Security.Claims;
using Sign2Gpt.Contracts.Accounts;

namespace Sign2Gpt.Web.Portal.Accounts;

/// <summary>Who is signed into the portal, as the cookie's claims say.</summary>
public sealed record PortalUser(string Email, string TenantId, AccountRole Role, string DisplayName)
{
    public const string TenantClaim = "sign2gpt:portal_tenant";

    /// <summary>The id sessions record as their user; e-mail addresses are unique platform-wide.</summary>
    public string UserId => Email;

    public bool IsTenantAdmin => Role >= AccountRole.TenantAdmin;

    public bool IsOperator => Role == AccountRole.PlatformOperator;

    public static PortalUser? FromPrincipal(ClaimsPrincipal? principal) =>
        principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } email
        && principal.FindFirst(TenantClaim)?.Value is { } tenantId
        && Enum.TryParse<AccountRole>(principal.FindFirst(ClaimTypes.Role)?.Value, out var role)
            ? new PortalUser(email, tenantId, role, principal.FindFirst(ClaimTypes.Name)?.Value ?? email)
            : null;

    public ClaimsPrincipal ToPrincipal(string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Email),
            new Claim(ClaimTypes.Name, DisplayName),
            new Claim(ClaimTypes.Role, Role.ToString()),
            new Claim(TenantClaim, TenantId),
        ],
        scheme,
        ClaimTypes.Name,
        ClaimTypes.Role));

    public static PortalUser Of(Account account) => new(Account.KeyOf(account.Email), account.TenantId, account.Role, account.DisplayName);
}

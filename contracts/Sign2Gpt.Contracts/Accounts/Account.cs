namespace Sign2Gpt.Contracts.Accounts;

/// <summary>A person who signs into the portal, keyed by their e-mail address in lower case.</summary>
/// <param name="PasswordHash">A standard password hash (ASP.NET Core Identity's PBKDF2 format); the password itself is never stored.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.Account")]
public sealed record Account(
    [property: Id(0)] string Email,
    [property: Id(1)] string TenantId,
    [property: Id(2)] AccountRole Role,
    [property: Id(3)] string DisplayName,
    [property: Id(4)] string PasswordHash,
    [property: Id(5)] DateTimeOffset CreatedUtc)
{
    public static string KeyOf(string email) => email.Trim().ToLowerInvariant();
}

using Microsoft.AspNetCore.Identity;
using Sign2Gpt.Contracts.Accounts;

namespace Sign2Gpt.Web.Portal.Accounts;

/// <summary>
/// Creates accounts and checks passwords with ASP.NET Core Identity's password hasher (PBKDF2, salted, its
/// iteration count upgraded on the next sign-in when the library raises it).
/// </summary>
public sealed partial class AccountDirectory(IGrainFactory grains, TimeProvider clock, ILogger<AccountDirectory> logger)
{
    public const int MinimumPasswordLength = 10;

    private static readonly PasswordHasher<Account> Hasher = new();

    /// <summary>Verified against when the address is unknown, so a wrong address takes as long as a wrong password.</summary>
    private static readonly string UnknownAccountHash = Hasher.HashPassword(null!, "no account has this password");

    /// <exception cref="ArgumentException">An address without '@', or a password shorter than <see cref="MinimumPasswordLength"/>.</exception>
    public async Task<bool> CreateAsync(string email, string password, string tenantId, AccountRole role, string displayName, CancellationToken cancellationToken)
    {
        if (!email.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{email}' is not an e-mail address.", nameof(email));
        }

        if (password.Length < MinimumPasswordLength)
        {
            throw new ArgumentException($"A password needs at least {MinimumPasswordLength} characters.", nameof(password));
        }

        var account = new Account(Account.KeyOf(email), tenantId, role, displayName, "", clock.GetUtcNow());
        account = account with { PasswordHash = Hash(password) };
        return await Grain(email).CreateAsync(account, cancellationToken);
    }

    /// <summary>The account when the password is right; null for a wrong password or an unknown address alike.</summary>
    public async Task<PortalUser?> VerifyAsync(string email, string password, CancellationToken cancellationToken)
    {
        var account = string.IsNullOrWhiteSpace(email) ? null : await Grain(email).GetAsync(cancellationToken);
        if (account is null)
        {
            Hasher.VerifyHashedPassword(null!, UnknownAccountHash, password);
            LogRefused(logger, Account.KeyOf(email ?? ""));
            return null;
        }

        var result = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            LogRefused(logger, account.Email);
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await Grain(email).SetPasswordHashAsync(Hasher.HashPassword(account, password), cancellationToken);
        }

        LogSignedIn(logger, account.Email, account.TenantId, account.Role);
        return PortalUser.Of(account);
    }

    /// <summary>A hash of <paramref name="password"/> in the format accounts keep.</summary>
    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    private IAccountGrain Grain(string email) => grains.GetGrain<IAccountGrain>(Account.KeyOf(email));

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal sign-in refused for {Email}")]
    private static partial void LogRefused(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal sign-in of {Email} ({Role}) of tenant {TenantId}")]
    private static partial void LogSignedIn(ILogger logger, string email, string tenantId, AccountRole role);
}

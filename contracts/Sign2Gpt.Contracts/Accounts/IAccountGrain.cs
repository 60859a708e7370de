namespace Sign2Gpt.Contracts.Accounts;

/// <summary>One portal account, keyed by <see cref="Account.KeyOf"/>. Password checks happen in the portal; this only keeps the record.</summary>
[Alias("Sign2Gpt.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; false when one already exists under this address (it is left as it is).</summary>
    [Alias("Create")]
    Task<bool> CreateAsync(Account account, CancellationToken cancellationToken = default);

    /// <summary>The account, or null when there is none.</summary>
    [Alias("Get")]
    Task<Account?> GetAsync(CancellationToken cancellationToken = default);

    [Alias("SetPasswordHash")]
    Task SetPasswordHashAsync(string passwordHash, CancellationToken cancellationToken = default);
}

using Sign2Gpt.Contracts.Accounts;
using Sign2Gpt.Silo.Hosting;

namespace Sign2Gpt.Silo.Accounts;

public sealed class AccountGrain([PersistentState("account", SiloHostingExtensions.StorageName)] IPersistentState<AccountState> state) : Grain, IAccountGrain
{
    public async Task<bool> CreateAsync(Account account, CancellationToken cancellationToken = default)
    {
        if (Account.KeyOf(account.Email) != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"Account '{account.Email}' does not belong under key '{this.GetPrimaryKeyString()}'.", nameof(account));
        }

        if (state.State.Account is not null)
        {
            return false;
        }

        state.State.Account = account;
        await state.WriteStateAsync(cancellationToken);
        return true;
    }

    public Task<Account?> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(state.State.Account);

    public async Task SetPasswordHashAsync(string passwordHash, CancellationToken cancellationToken = default)
    {
        var account = state.State.Account ?? throw new InvalidOperationException($"There is no account '{this.GetPrimaryKeyString()}'.");
        state.State.Account = account with { PasswordHash = passwordHash };
        await state.WriteStateAsync(cancellationToken);
    }
}

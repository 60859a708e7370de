using Sign2Gpt.Contracts.Accounts;

namespace Sign2Gpt.Silo.Accounts;

[GenerateSerializer, Alias("Sign2Gpt.AccountState")]
public sealed class AccountState
{
    [Id(0)]
    public Account? Account { get; set; }
}

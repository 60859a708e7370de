namespace Sign2Gpt.Web.Portal.Accounts;

/// <summary>The demo tenant's portal accounts that a local platform starts with ("Portal:DemoAccounts"); off unless configured.</summary>
public sealed class DemoAccountsOptions
{
    public const string Section = "Portal:DemoAccounts";

    public bool Enabled { get; set; }

    public string TenantId { get; set; } = "demo";

    /// <summary>Where the accounts' addresses and passwords are written (owner-only), and read back on the next start.</summary>
    public string CredentialsFile { get; set; } = "demo-accounts";
}

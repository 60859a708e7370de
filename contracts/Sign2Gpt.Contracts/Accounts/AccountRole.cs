namespace Sign2Gpt.Contracts.Accounts;

/// <summary>What a person signed into the portal may do. Each role includes the one before it.</summary>
[GenerateSerializer, Alias("Sign2Gpt.AccountRole")]
public enum AccountRole
{
    /// <summary>Translates and sees their own sessions.</summary>
    TenantUser,

    /// <summary>Also pins their tenant's adapters and reads their tenant's usage.</summary>
    TenantAdmin,

    /// <summary>Runs the platform: adapter rollout for everyone, every tenant's usage.</summary>
    PlatformOperator,
}

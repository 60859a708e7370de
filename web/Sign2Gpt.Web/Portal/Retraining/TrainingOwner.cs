using Sign2Gpt.Contracts.Datasets;

namespace Sign2Gpt.Web.Portal.Retraining;

/// <summary>Whose datasets and jobs the training page shows: a tenant, or the platform's own (global adapters).</summary>
/// <param name="TenantId">Null for the platform.</param>
public sealed record TrainingOwner(string? TenantId, string Label)
{
    public static readonly TrainingOwner Platform = new(null, "platform (global)");

    /// <summary>The value a select carries for it: the catalog's key, so that the platform is a value like any tenant.</summary>
    public string Key => DatasetFolders.Owner(TenantId);

    public static TrainingOwner Tenant(string tenantId, string name) => new(tenantId, name == tenantId ? $"tenant {tenantId}" : $"{name} ({tenantId})");
}

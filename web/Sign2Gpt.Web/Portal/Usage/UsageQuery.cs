namespace Sign2Gpt.Web.Portal.Usage;

/// <param name="TenantId">One tenant, or null for every tenant (operators only).</param>
public sealed record UsageQuery(DateOnly From, DateOnly To, string? TenantId);

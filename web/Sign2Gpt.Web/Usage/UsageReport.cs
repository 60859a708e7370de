using Sign2Gpt.Contracts.Usage;

namespace Sign2Gpt.Web.Usage;

/// <param name="Days">Only days with use.</param>
public sealed record UsageReport(string TenantId, DateOnly From, DateOnly To, IReadOnlyList<UsageDay> Days);

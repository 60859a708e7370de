namespace Sign2Gpt.Web.Admin;

/// <summary>A tenant's settings as the admin API takes them.</summary>
public sealed record TenantRequest(string DisplayName, IReadOnlyList<string> Languages, int MaxConcurrentSessions, double MaxVideoMinutesPerDay);

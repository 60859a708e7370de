namespace Sign2Gpt.Web.Portal.Usage;

/// <summary>One tenant's use of one language on one UTC day, adapter versions summed.</summary>
public sealed record UsageRow(DateOnly Day, string TenantId, string Language, int Sessions, int Failed, double VideoMinutes, long Frames, long Tokens);

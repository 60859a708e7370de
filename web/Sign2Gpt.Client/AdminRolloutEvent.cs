namespace Sign2Gpt.Client;

/// <summary>One change of a rollout: who did what, when.</summary>
/// <param name="Action">"publish", "canary", "promote", "rollback", "pin" or "unpin".</param>
public sealed record AdminRolloutEvent(DateTimeOffset AtUtc, string Actor, string Action, int? Version, string? Detail);

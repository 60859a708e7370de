namespace Sign2Gpt.Contracts.Adapters;

/// <param name="Action">"publish", "canary", "promote", "rollback", "pin" or "unpin".</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.RolloutEvent")]
public sealed record RolloutEvent(
    [property: Id(0)] DateTimeOffset AtUtc,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] int? Version,
    [property: Id(4)] string? Detail);

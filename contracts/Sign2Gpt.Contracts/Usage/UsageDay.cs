namespace Sign2Gpt.Contracts.Usage;

/// <summary>A tenant's use on one day, one line per language and adapter version.</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.UsageDay")]
public sealed record UsageDay(
    [property: Id(0)] string TenantId,
    [property: Id(1)] DateOnly Day,
    [property: Id(2)] IReadOnlyList<UsageLine> Lines);

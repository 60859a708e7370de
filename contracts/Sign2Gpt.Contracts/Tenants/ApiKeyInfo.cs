namespace Sign2Gpt.Contracts.Tenants;

/// <summary>What may be shown of a key after its creation: never the secret.</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.ApiKeyInfo")]
public sealed record ApiKeyInfo(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string Label,
    [property: Id(2)] DateTimeOffset CreatedUtc,
    [property: Id(3)] DateTimeOffset? RevokedUtc);

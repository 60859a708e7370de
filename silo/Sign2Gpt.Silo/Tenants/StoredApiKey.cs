namespace Sign2Gpt.Silo.Tenants;

/// <summary>An API key as stored: its SHA-256, never the secret (keys are 256-bit random, so a fast hash suffices).</summary>
[GenerateSerializer, Alias("Sign2Gpt.StoredApiKey")]
public sealed record StoredApiKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string Label,
    [property: Id(2)] string SecretHash,
    [property: Id(3)] DateTimeOffset CreatedUtc,
    [property: Id(4)] DateTimeOffset? RevokedUtc);

namespace Sign2Gpt.Contracts.Tenants;

/// <param name="ApiKey">The whole key, "s2g.{tenant}.{keyId}.{secret}": shown once, stored only as a hash.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.IssuedApiKey")]
public sealed record IssuedApiKey([property: Id(0)] string KeyId, [property: Id(1)] string ApiKey);

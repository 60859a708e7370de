namespace Sign2Gpt.Contracts.Tenants;

/// <param name="Languages">Spoken languages the tenant may translate into, e.g. ["de", "en"].</param>
/// <param name="MaxConcurrentSessions">Sessions open at once.</param>
/// <param name="MaxVideoMinutesPerDay">Minutes of video a day (UTC), over all sessions.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.TenantSettings")]
public sealed record TenantSettings(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] IReadOnlyList<string> Languages,
    [property: Id(2)] int MaxConcurrentSessions,
    [property: Id(3)] double MaxVideoMinutesPerDay);

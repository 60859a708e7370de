namespace Sign2Gpt.Client;

/// <summary>A language's adapter rollout as <c>GET /v1/admin/adapters/{language}</c> and every change describe it.</summary>
/// <param name="Live">Null while the model's shipped adapter serves the language.</param>
/// <param name="CanaryShare">Share of new sessions (0..1) the canary takes.</param>
/// <param name="Pins">Tenant id to the version it is pinned to.</param>
public sealed record AdminRollout(
    string Language,
    int? Live,
    int? Canary,
    double CanaryShare,
    IReadOnlyDictionary<string, int> Pins,
    IReadOnlyList<AdminAdapterVersion> Versions,
    IReadOnlyList<AdminRolloutEvent> History);

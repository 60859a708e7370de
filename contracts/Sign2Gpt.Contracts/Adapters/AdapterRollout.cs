namespace Sign2Gpt.Contracts.Adapters;

/// <param name="Live">Null while the model's shipped adapter serves the language.</param>
/// <param name="CanaryShare">Share of new sessions (0..1) the canary takes.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.AdapterRollout")]
public sealed record AdapterRollout(
    [property: Id(0)] string Language,
    [property: Id(1)] int? Live,
    [property: Id(2)] int? Canary,
    [property: Id(3)] double CanaryShare,
    [property: Id(4)] IReadOnlyDictionary<string, int> Pins,
    [property: Id(5)] IReadOnlyList<AdapterVersionInfo> Versions,
    [property: Id(6)] IReadOnlyList<RolloutEvent> History);

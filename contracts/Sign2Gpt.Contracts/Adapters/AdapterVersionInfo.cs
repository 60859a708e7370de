namespace Sign2Gpt.Contracts.Adapters;

[GenerateSerializer, Immutable, Alias("Sign2Gpt.AdapterVersionInfo")]
public sealed record AdapterVersionInfo(
    [property: Id(0)] string Language,
    [property: Id(1)] int Version,
    [property: Id(2)] int ModelVersion,
    [property: Id(3)] string? TenantId,
    [property: Id(4)] string Sha256,
    [property: Id(5)] DateTimeOffset PublishedUtc,
    [property: Id(6)] string PublishedBy,
    [property: Id(7)] IReadOnlyDictionary<string, double> Metrics,
    [property: Id(8)] AdapterLineage? Lineage = null)
{
    /// <summary>As translations report it: "de@v2".</summary>
    public string Name => $"{Language}@v{Version}";
}

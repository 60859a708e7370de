namespace Sign2Gpt.Contracts.Adapters;

/// <param name="Bytes">An ONNX Runtime <c>.onnx_adapter</c> file; its adapter_version is the version published.</param>
/// <param name="TenantId">The tenant whose data trained it, or null for a global adapter.</param>
/// <param name="Lineage">Set by the trainer; null for adapters published by hand.</param>
/// <param name="Metrics">Evaluation scores, e.g. "bleu4", "rougeL".</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.AdapterPublication")]
public sealed record AdapterPublication(
    [property: Id(0)] byte[] Bytes,
    [property: Id(1)] string? TenantId,
    [property: Id(2)] string PublishedBy,
    [property: Id(3)] IReadOnlyDictionary<string, double> Metrics,
    [property: Id(4)] AdapterLineage? Lineage = null);

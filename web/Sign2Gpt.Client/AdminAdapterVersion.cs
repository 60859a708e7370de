namespace Sign2Gpt.Client;

/// <summary>A published adapter version, as the admin API describes it.</summary>
/// <param name="TenantId">The tenant whose data trained it, or null for a global adapter.</param>
/// <param name="Metrics">Evaluation scores given at publication, e.g. "bleu4", "rougeL".</param>
public sealed record AdminAdapterVersion(
    string Language,
    int Version,
    int ModelVersion,
    string? TenantId,
    string Sha256,
    DateTimeOffset PublishedUtc,
    string PublishedBy,
    IReadOnlyDictionary<string, double> Metrics);

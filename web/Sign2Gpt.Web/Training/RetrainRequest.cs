namespace Sign2Gpt.Web.Training;

/// <summary>The admin API's body for starting a retrain job; null settings keep the trainer's defaults.</summary>
/// <param name="Tenant">The tenant the adapter is for; null for a global adapter.</param>
/// <param name="Anchor">Pull towards the adapter the job starts from (L2-SP weight; 0 lets it move freely).</param>
/// <param name="AutoCanary">Share of sessions to canary the adapter to if it passes the gate.</param>
public sealed record RetrainRequest(string? Tenant, string Language, string DatasetId, int? Epochs, double? LearningRate, int? Rank, double? Anchor, double? AutoCanary);

namespace Sign2Gpt.Web.Portal.Retraining;

/// <summary>What the training page asks for to start a retrain job; null settings keep the trainer's defaults.</summary>
/// <param name="AutoCanaryPercent">Share of new sessions to canary the adapter to if it passes the gate; operators, global jobs only.</param>
public sealed record RetrainForm(string DatasetId, int? Epochs, double? LearningRate, int? AutoCanaryPercent);

namespace Sign2Gpt.Contracts.Training;

/// <summary>What a retrain job may override; null keeps the trainer's default.</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.TrainingJobSettings")]
public sealed record TrainingJobSettings(
    [property: Id(0)] int? Epochs = null,
    [property: Id(1)] double? LearningRate = null,
    [property: Id(2)] int? Rank = null,
    [property: Id(3)] double? Anchor = null);

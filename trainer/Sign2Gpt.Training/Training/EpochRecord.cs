namespace Sign2Gpt.Training.Training;

/// <summary>One finished epoch: its mean training loss and, when the stage evaluates, the validation figures.</summary>
public sealed record EpochRecord(int Epoch, double TrainLoss, IReadOnlyDictionary<string, double> Validation);

namespace Sign2Gpt.Training.Training;

/// <summary>What a running stage reports after each step, for progress bars and logs.</summary>
public sealed record TrainingProgress(string Stage, int Epoch, int Epochs, long Step, long TotalSteps, double Loss, double LearningRate, double ExamplesPerSecond);

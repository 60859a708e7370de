namespace Sign2Gpt.Training.Evaluation;

/// <summary>One video of an evaluation: what it says and what the model made of it, for reading errors per signer.</summary>
public sealed record EvaluatedVideo(string Name, string Language, string? Signer, string Reference, string Translation);

namespace Sign2Gpt.Training.Evaluation;

/// <summary>One video of an evaluation: what it says and what the model made of it, for reading errors per signer.</summary>
/// <param name="Glosses">The pseudo-glosses the timeline localised, in time order: whether a missed word was seen at all.</param>
public sealed record EvaluatedVideo(string Name, string Language, string? Signer, string Reference, string Translation, IReadOnlyList<string> Glosses);

namespace Sign2Gpt.Contracts.Training;

/// <summary>How a job ended, with the scores behind the gate's decision.</summary>
/// <param name="CandidateScores">The new adapter on the language's reference set ("bleu4", "rougeL").</param>
/// <param name="LiveScores">The live version on the same set.</param>
/// <param name="PublishedVersion">The adapter version published, when the gate passed.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.TrainingJobOutcome")]
public sealed record TrainingJobOutcome(
    [property: Id(0)] TrainingJobStatus Status,
    [property: Id(1)] string Message,
    [property: Id(2)] IReadOnlyDictionary<string, double> CandidateScores,
    [property: Id(3)] IReadOnlyDictionary<string, double> LiveScores,
    [property: Id(4)] int? PublishedVersion);

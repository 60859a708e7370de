namespace Sign2Gpt.Contracts.Training;

/// <summary>How a job ended, with the scores behind the gate's decision ("bleu4", "rougeL").</summary>
/// <param name="CandidateScores">The new adapter on the language's reference set.</param>
/// <param name="LiveScores">The version the job's tenant was served when the job began, on the same set.</param>
/// <param name="PublishedVersion">The adapter version published, when the gate passed.</param>
/// <param name="HeldOutCandidateScores">The new adapter on the dataset's own held-out (test) split.</param>
/// <param name="HeldOutLiveScores">The live version on that split: the gain the tenant's data bought.</param>
/// <param name="ResumedFromEpoch">Epochs a previous worker had finished and checkpointed before this one took over.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.TrainingJobOutcome")]
public sealed record TrainingJobOutcome(
    [property: Id(0)] TrainingJobStatus Status,
    [property: Id(1)] string Message,
    [property: Id(2)] IReadOnlyDictionary<string, double> CandidateScores,
    [property: Id(3)] IReadOnlyDictionary<string, double> LiveScores,
    [property: Id(4)] int? PublishedVersion,
    [property: Id(5)] IReadOnlyDictionary<string, double>? HeldOutCandidateScores = null,
    [property: Id(6)] IReadOnlyDictionary<string, double>? HeldOutLiveScores = null,
    [property: Id(7)] int ResumedFromEpoch = 0)
{
    public static TrainingJobOutcome WithoutScores(TrainingJobStatus status, string message) =>
        new(status, message, new Dictionary<string, double>(), new Dictionary<string, double>(), null);
}

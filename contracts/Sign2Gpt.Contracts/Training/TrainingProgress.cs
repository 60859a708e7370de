namespace Sign2Gpt.Contracts.Training;

/// <summary>Where a running job stands, as its worker last reported.</summary>
/// <param name="Stage">"features", "training", "evaluating", "publishing".</param>
/// <param name="Fraction">Of the whole job, 0..1.</param>
/// <param name="Losses">Training loss after each epoch so far, for the loss curve.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.TrainingProgress")]
public sealed record TrainingProgress(
    [property: Id(0)] string Stage,
    [property: Id(1)] double Fraction,
    [property: Id(2)] int Epoch,
    [property: Id(3)] int Epochs,
    [property: Id(4)] IReadOnlyList<double> Losses,
    [property: Id(5)] TimeSpan? Remaining);

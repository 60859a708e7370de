using Sign2Gpt.Training.Data;

namespace Sign2Gpt.Training.Training;

/// <summary>
/// Optimisation settings of one stage. <see cref="Paper"/> holds the paper's; CPU runs scale epochs and
/// batch size down but keep the shape: AdamW, warm-up from 0.01×lr then cosine, gradient norm and value
/// clipping, label smoothing for translation.
/// </summary>
public sealed record TrainingOptions(
    int Epochs,
    double LearningRate,
    double WeightDecay,
    int WarmupEpochs,
    int BatchSize,
    double ClipNorm,
    double ClipValue,
    double LabelSmoothing,
    int Seed)
{
    /// <summary>Feature augmentation of the stages that train the sign encoder; none unless asked for.</summary>
    public FeatureAugmentation Augmentation { get; init; } = FeatureAugmentation.None;

    /// <summary>
    /// Stage 2 only: weight of the pseudo-gloss loss beside translation, through the frozen stage 1 head.
    /// Keeps the encoder saying which glosses it sees, so the timeline the head draws stays meaningful.
    /// </summary>
    public double PseudoGlossWeight { get; init; }

    public static TrainingOptions Paper { get; } = new(
        Epochs: 100, LearningRate: 3e-4, WeightDecay: 0.001, WarmupEpochs: 5, BatchSize: 8, ClipNorm: 1.0, ClipValue: 1.0, LabelSmoothing: 0.1, Seed: 1);

    /// <summary>A retrain of an adapter that already serves: no warm-up, the paper's regularisation.</summary>
    public static TrainingOptions Retrain(int epochs, double learningRate, int batchSize) =>
        Paper with { Epochs = epochs, LearningRate = learningRate, BatchSize = batchSize, WarmupEpochs = 0 };
}

namespace Sign2Gpt.Training.Stages;

/// <summary>
/// How an adapter retrain holds on to what the adapter it starts from does well, when the dataset is small enough to
/// over-fit: an L2 pull of the trained tensors towards the starting ones (L2-SP), and ending with the epoch of the
/// lowest dev loss rather than the last.
/// </summary>
/// <param name="AnchorWeight">Weight of Σ‖θ − θ₀‖² in the loss; 0 turns the pull off.</param>
/// <param name="KeepBestDevEpoch">Only takes effect when the dataset has dev videos; stage 2 may use it too.</param>
public sealed record AdapterRetention(double AnchorWeight, bool KeepBestDevEpoch)
{
    public static AdapterRetention None { get; } = new(0, false);
}

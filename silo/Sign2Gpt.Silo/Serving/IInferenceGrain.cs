namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// Runs the sign encoder and decoder for sessions. One worker per silo, local to the caller, so work queues on
/// the device this silo owns instead of every session grain running the model at once.
/// </summary>
[Alias("Sign2Gpt.IInferenceGrain")]
public interface IInferenceGrain : IGrainWithIntegerKey
{
    [Alias("Translate")]
    Task<Sign2Gpt.Contracts.Sessions.Translation> TranslateAsync(FeatureRequest request, CancellationToken cancellationToken = default);
}

namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// One inference device of one silo, keyed by <see cref="InferenceWorkerKey"/> and placed only there. Sessions send
/// it their frames (batched with other sessions' on the device) and their features for translation.
/// </summary>
[Alias("Sign2Gpt.IInferenceGrain")]
public interface IInferenceGrain : IGrainWithStringKey
{
    /// <summary>Backbone features of each frame, row-major.</summary>
    [Alias("Extract")]
    Task<float[]> ExtractAsync(FrameBatch frames, CancellationToken cancellationToken = default);

    [Alias("Translate")]
    Task<Sign2Gpt.Contracts.Sessions.Translation> TranslateAsync(FeatureRequest request, CancellationToken cancellationToken = default);

    [Alias("GetStatus")]
    Task<InferenceWorkerStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}

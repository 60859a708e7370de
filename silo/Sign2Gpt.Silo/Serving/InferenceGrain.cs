using Orleans.Concurrency;

namespace Sign2Gpt.Silo.Serving;

[StatelessWorker(1)]
public sealed class InferenceGrain(TranslationEngine engine) : Grain, IInferenceGrain
{
    // The model runs off the grain scheduler: it is seconds of CPU work that must not hold Orleans threads.
    public Task<Sign2Gpt.Contracts.Sessions.Translation> TranslateAsync(FeatureRequest request, CancellationToken cancellationToken = default) =>
        Task.Run(() => engine.Translate(request.ToFeatures(), request.Language, request.IsFinal, cancellationToken), cancellationToken);
}

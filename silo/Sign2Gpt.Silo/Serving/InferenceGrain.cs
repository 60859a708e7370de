using Orleans.Concurrency;

namespace Sign2Gpt.Silo.Serving;

[StatelessWorker(1)]
public sealed class InferenceGrain(TranslationEngine engine) : Grain, IInferenceGrain
{
    public Task<Sign2Gpt.Contracts.Sessions.Translation> TranslateAsync(FeatureRequest request, CancellationToken cancellationToken = default) =>
        engine.TranslateAsync(request.ToFeatures(), request.Language, request.AdapterVersion, request.IsFinal, cancellationToken);
}

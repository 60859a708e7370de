using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;

namespace Sign2Gpt.Trainer.Retraining;

/// <summary>The bundle the silos serve ("Bundle:Directory"), loaded on the first job: adapters are trained on its frozen base and scored through its ONNX graphs.</summary>
internal sealed class ServedBundle(IOptions<ModelBundleOptions> options, OnnxSessionFactory sessions, VideoFeatureExtractor extractor) : IDisposable
{
    private readonly Lazy<SignTranslator> _translator = new(() => new SignTranslator(ModelBundle.Load(options.Value.Directory, sessions), extractor));

    public SignTranslator Translator => _translator.Value;

    public void Dispose()
    {
        if (_translator.IsValueCreated)
        {
            _translator.Value.Bundle.Dispose();
        }
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;

namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// The model bundle of this silo, loaded once on first use (ONNX sessions are per device, not per grain call),
/// and translation of a video's features into the wire <see cref="Sign2Gpt.Contracts.Sessions.Translation"/>.
/// </summary>
public sealed partial class TranslationEngine(
    IOptions<ModelBundleOptions> options, OnnxSessionFactory sessions, VideoFeatureExtractor extractor, ILogger<TranslationEngine> logger) : IDisposable
{
    private readonly Lazy<SignTranslator> _translator = new(() =>
    {
        var bundle = ModelBundle.Load(options.Value.Directory, sessions);
        LogLoaded(logger, bundle.Manifest.Name, bundle.Manifest.ModelVersion, bundle.Device.ToString(), string.Join(",", bundle.Manifest.Languages));
        return new SignTranslator(bundle, extractor);
    });

    public IReadOnlyList<string> Languages => _translator.Value.Languages;

    public Sign2Gpt.Contracts.Sessions.Translation Translate(VideoFeatures features, string language, bool isFinal, CancellationToken cancellationToken)
    {
        var result = _translator.Value.Translate(features, language, BeamSearchOptions.Paper, featuresMs: 0, cancellationToken);
        var lastFrame = features.FrameIndices.Length == 0 ? 0 : features.FrameIndices[^1] + 1;
        return new Sign2Gpt.Contracts.Sessions.Translation(
            result.Text,
            result.Language,
            [.. result.Glosses.Select(g => new GlossSegment(g.Gloss, g.Start, g.End, g.Score))],
            new GlossTimelineData(result.Timeline.StepSeconds, result.Timeline.Glosses, result.Timeline.Probabilities),
            result.Adapter,
            features.FrameCount,
            lastFrame / features.Fps,
            result.Timing.Tokens,
            isFinal);
    }

    public void Dispose()
    {
        if (_translator.IsValueCreated)
        {
            _translator.Value.Bundle.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model bundle {Name} v{Version} loaded on {Device} for {Languages}")]
    private static partial void LogLoaded(ILogger logger, string name, int version, string device, string languages);
}

using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;

namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// The inference pipeline: frames → ResNet18 features → sign encoder (timeline, visual tokens) → beam
/// search with the KV-cached decoder and the language's adapter → text. Thread-safe: sessions are shared.
/// </summary>
public sealed class SignTranslator(ModelBundle bundle, VideoFeatureExtractor extractor)
{
    private readonly OnnxDecoder _decoder = new(bundle.Decoder);

    public ModelBundle Bundle => bundle;

    public IReadOnlyList<string> Languages => bundle.Manifest.Languages;

    public async Task<TranslationResult> TranslateAsync(string videoPath, string language, BeamSearchOptions options, CancellationToken cancellationToken)
    {
        EnsureLanguage(language);
        var clock = Stopwatch.StartNew();
        var features = await extractor.ExtractAsync(videoPath, cancellationToken);
        return Translate(features, language, options, clock.Elapsed.TotalMilliseconds, cancellationToken);
    }

    /// <summary>Translates features already extracted (the streaming path extracts them as chunks arrive).</summary>
    /// <param name="adapter">An adapter to use instead of the bundle's own for the language (a rolled-out version).</param>
    public TranslationResult Translate(
        VideoFeatures features, string language, BeamSearchOptions options, double featuresMs, CancellationToken cancellationToken, SelectedAdapter? adapter = null)
    {
        EnsureLanguage(language);
        if (features.FrameCount == 0)
        {
            throw new ArgumentException("The video has no frames to translate.", nameof(features));
        }

        if (features.Dimension != bundle.Manifest.Backbone.FeatureSize || features.BackboneVersion != bundle.Manifest.Backbone.Version)
        {
            throw new ArgumentException(
                $"The bundle expects {bundle.Manifest.Backbone.FeatureSize}-d features from {bundle.Manifest.Backbone.Version}; got {features.Dimension}-d from {features.BackboneVersion}.",
                nameof(features));
        }

        var clock = Stopwatch.StartNew();
        var encoded = Encode(features);
        var encoderMs = clock.Elapsed.TotalMilliseconds;

        var shipped = bundle.AdapterFor(language);
        var prompt = new[] { bundle.Tokenizer.LanguageTag(language) };
        var result = _decoder.Translate(encoded.Visual, prompt, options, adapter?.Adapter ?? shipped, cancellationToken);
        var decoderMs = clock.Elapsed.TotalMilliseconds - encoderMs;

        var stepSeconds = 2.0 * bundle.Manifest.Backbone.FrameStride / features.Fps;
        var (glosses, timeline) = GlossLocalizer.Localize(encoded.Timeline, encoded.Visual.Valid, bundle.PseudoGlosses, language, stepSeconds);
        var adapterName = adapter?.Name ?? (shipped is null ? null : $"{language}@v{bundle.Manifest.Adapters.First(a => a.Language == language).Version}");
        return new TranslationResult(
            bundle.Tokenizer.Decode(result.Tokens),
            language,
            glosses,
            timeline,
            adapterName,
            new TranslationTiming(featuresMs, encoderMs, decoderMs, featuresMs + clock.Elapsed.TotalMilliseconds, features.FrameCount, result.Tokens.Count));
    }

    /// <summary>Runs the sign encoder on one video's features.</summary>
    public EncodedVideo Encode(VideoFeatures features)
    {
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor(EncoderGraph.Features, new DenseTensor<float>(features.Values, [1, features.FrameCount, features.Dimension])),
            NamedOnnxValue.CreateFromTensor(EncoderGraph.Valid, new DenseTensor<bool>(Enumerable.Repeat(true, features.FrameCount).ToArray(), [1, features.FrameCount])),
        };
        using var outputs = bundle.Encoder.Run(inputs, [EncoderGraph.VisualTokens, EncoderGraph.SignValid, EncoderGraph.Timeline]);
        var visual = outputs[0].AsTensor<float>().ToArray();
        var valid = outputs[1].AsTensor<bool>().ToArray();
        var timeline = outputs[2].AsTensor<float>().ToArray();
        return new EncodedVideo(new VisualTokens(visual, valid), timeline);
    }

    private void EnsureLanguage(string language)
    {
        if (!bundle.Manifest.Languages.Contains(language))
        {
            throw new ArgumentException($"The model translates {string.Join(", ", bundle.Manifest.Languages)}; '{language}' is not one of them.", nameof(language));
        }
    }
}

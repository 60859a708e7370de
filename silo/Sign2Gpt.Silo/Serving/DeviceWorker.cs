using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Silo.Telemetry;

namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// The models on one device of this silo, each loaded once on first use, and the batcher that feeds the backbone
/// frames from every session on the device. The sign encoder and decoder run per video, so that a translation
/// never depends on which other videos shared its batch.
/// </summary>
public sealed partial class DeviceWorker : IAsyncDisposable
{
    private readonly Lazy<ResNet18Backbone> _backbone;
    private readonly Lazy<SignTranslator> _translator;
    private readonly DynamicBatcher<FrameBatch, float[]> _frames;
    private readonly SiloMetrics _metrics;

    public DeviceWorker(
        string device,
        IOptions<BackboneOptions> backbone,
        IOptions<ModelBundleOptions> bundle,
        IOptions<ServingOptions> serving,
        OnnxSessionFactory sessions,
        VideoDecoder decoder,
        TimeProvider time,
        SiloMetrics metrics,
        ILogger logger)
    {
        Device = device;
        _metrics = metrics;
        _backbone = new(() => ResNet18Backbone.Load(backbone, sessions, device));
        _translator = new(() =>
        {
            var loaded = ModelBundle.Load(bundle.Value.Directory, sessions, device);
            LogLoaded(logger, loaded.Manifest.Name, loaded.Manifest.ModelVersion, device, loaded.Device.ToString());
            return new SignTranslator(loaded, new VideoFeatureExtractor(decoder, _backbone.Value, backbone));
        });
        _frames = new DynamicBatcher<FrameBatch, float[]>(RunBackbone, batch => batch.Count, serving.Value.MaxBatchFrames, serving.Value.MaxBatchWait, time);
    }

    /// <summary>The name this silo serves the device under ("cpu", "cuda:0").</summary>
    public string Device { get; }

    public SignTranslator Translator => _translator.Value;

    public BatchingStatistics Backbone => _frames.Statistics;

    /// <summary>Where the models actually run: a CUDA device may fall back to the CPU (see <see cref="OnnxSessionFactory"/>).</summary>
    public InferenceDevice? Actual => _backbone.IsValueCreated ? _backbone.Value.Device : null;

    /// <summary>Features of each frame, row-major, computed in a batch with other sessions' frames.</summary>
    public Task<float[]> ExtractAsync(FrameBatch frames, CancellationToken cancellationToken) =>
        frames.Count == 0 ? Task.FromResult(Array.Empty<float>()) : _frames.RunAsync(frames, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _frames.DisposeAsync();
        if (_translator.IsValueCreated)
        {
            _translator.Value.Bundle.Dispose();
        }

        if (_backbone.IsValueCreated)
        {
            _backbone.Value.Dispose();
        }
    }

    private float[][] RunBackbone(IReadOnlyList<FrameBatch> batches)
    {
        var frames = batches.Sum(b => b.Count);
        var pixels = batches.Count == 1 ? batches[0].Pixels : [.. batches.SelectMany(b => b.Pixels)];
        var features = _backbone.Value.Extract(pixels, frames);
        _metrics.BackboneBatch(Device, frames);
        var results = new float[batches.Count][];
        var offset = 0;
        for (var i = 0; i < batches.Count; i++)
        {
            var length = batches[i].Count * ResNet18Backbone.FeatureSize;
            results[i] = features.AsSpan(offset, length).ToArray();
            offset += length;
        }

        return results;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model bundle {Name} v{Version} loaded for device {Device} (running on {Actual})")]
    private static partial void LogLoaded(ILogger logger, string name, int version, string device, string actual);
}

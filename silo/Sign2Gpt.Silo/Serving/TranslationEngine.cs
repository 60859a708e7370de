using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Silo.Adapters;
using Sign2Gpt.Silo.Telemetry;

namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// The model this silo serves: its languages, the rolled-out adapter versions it has loaded (shared by every
/// device), their validation, and translation of a video's features into the wire
/// <see cref="Sign2Gpt.Contracts.Sessions.Translation"/> on a device. Each request names its adapter version, so a
/// rollout changes what later requests use and never a request in flight.
/// </summary>
public sealed partial class TranslationEngine(
    IOptions<ModelBundleOptions> options,
    DeviceWorkers workers,
    IAdapterStore adapters,
    SiloMetrics metrics,
    ILogger<TranslationEngine> logger) : IDisposable
{
    private readonly Lazy<ModelBundleManifest> _manifest = new(() => ModelBundle.ReadManifest(options.Value.Directory));
    private readonly ConcurrentDictionary<(string Language, int Version), Lazy<Task<SelectedAdapter>>> _loaded = new();

    public IReadOnlyList<string> Languages => _manifest.Value.Languages;

    public async Task<Sign2Gpt.Contracts.Sessions.Translation> TranslateAsync(DeviceWorker worker, FeatureRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var adapter = request.AdapterVersion is { } version ? await LoadAdapterAsync(request.Language, version) : null;
        var features = request.ToFeatures();
        var result = await Task.Run(
            () => worker.Translator.Translate(features, request.Language, BeamSearchOptions.Paper, featuresMs: 0, cancellationToken, adapter),
            cancellationToken);
        metrics.Translated(worker.Device, request.IsFinal, result.Adapter, Stopwatch.GetElapsedTime(started));
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
            request.IsFinal);
    }

    /// <summary>A published version, read from Redis and handed to ONNX Runtime once per silo.</summary>
    public Task<SelectedAdapter> LoadAdapterAsync(string language, int version)
    {
        var loading = _loaded.GetOrAdd((language, version), key => new Lazy<Task<SelectedAdapter>>(async () =>
        {
            var bytes = await adapters.LoadAsync(key.Language, key.Version);
            ValidateAdapter(key.Language, bytes);
            LogAdapterLoaded(logger, key.Language, key.Version);
            return new SelectedAdapter(OrtLoraAdapter.Create(bytes, null), $"{key.Language}@v{key.Version}");
        }));
        var task = loading.Value;
        if (task.IsFaulted)
        {
            // A failed load (Redis down, say) is retried by the next request rather than remembered.
            _loaded.TryRemove(new KeyValuePair<(string, int), Lazy<Task<SelectedAdapter>>>((language, version), loading));
        }

        return task;
    }

    /// <summary>Checks an adapter file against the loaded base model: readable, same model version, every tensor a decoder input of the same shape.</summary>
    /// <exception cref="AdapterRejectedException">With every problem found.</exception>
    public LoraAdapter ValidateAdapter(string language, byte[] bytes)
    {
        var bundle = workers.Primary.Translator.Bundle;
        if (!bundle.Manifest.Languages.Contains(language))
        {
            throw new AdapterRejectedException($"The model translates {string.Join(", ", bundle.Manifest.Languages)}; there are no '{language}' adapters.");
        }

        LoraAdapter adapter;
        try
        {
            adapter = LoraAdapterFile.Read(bytes);
        }
        catch (InvalidDataException e)
        {
            throw new AdapterRejectedException("Not an ONNX Runtime adapter file: " + e.Message);
        }

        var problems = AdapterCompatibility.FindProblems(adapter, bundle.Decoder, bundle.Manifest.ModelVersion).ToList();
        var shipped = bundle.Manifest.Adapters.FirstOrDefault(a => a.Language == language)?.Version ?? 0;
        if (adapter.AdapterVersion <= shipped)
        {
            problems.Add($"version {adapter.AdapterVersion} is not above the model's shipped {language}@v{shipped}");
        }

        return problems.Count == 0 ? adapter : throw new AdapterRejectedException($"Adapter {language}@v{adapter.AdapterVersion} rejected: {string.Join("; ", problems)}.");
    }

    public void Dispose()
    {
        foreach (var loading in _loaded.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
        {
            loading.Value.Result.Adapter.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Adapter {Language}@v{Version} loaded")]
    private static partial void LogAdapterLoaded(ILogger logger, string language, int version);
}

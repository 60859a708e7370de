using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Silo.Telemetry;

namespace Sign2Gpt.Silo.Serving;

/// <summary>This silo's inference devices, each with one <see cref="DeviceWorker"/> created on first use.</summary>
public sealed class DeviceWorkers : IAsyncDisposable
{
    private readonly Dictionary<string, Lazy<DeviceWorker>> _workers;

    public DeviceWorkers(
        ServedDevices served,
        IOptions<ServingOptions> serving,
        IOptions<BackboneOptions> backbone,
        IOptions<ModelBundleOptions> bundle,
        OnnxSessionFactory sessions,
        VideoDecoder decoder,
        TimeProvider time,
        SiloMetrics metrics,
        ILogger<DeviceWorker> logger)
    {
        Devices = served.Names;
        _workers = Devices.ToDictionary(
            device => device,
            device => new Lazy<DeviceWorker>(() => new DeviceWorker(device, backbone, bundle, serving, sessions, decoder, time, metrics, logger)),
            StringComparer.Ordinal);
    }

    /// <summary>The configured devices with "auto" resolved, in configuration order; what the silo metadata lists.</summary>
    public IReadOnlyList<string> Devices { get; }

    /// <summary>The device that validates adapters and answers for the model as a whole.</summary>
    public DeviceWorker Primary => this[Devices[0]];

    public DeviceWorker this[string device] =>
        _workers.TryGetValue(device, out var worker)
            ? worker.Value
            : throw new ArgumentException($"This silo serves on {string.Join(", ", Devices)}, not '{device}'.", nameof(device));

    private IEnumerable<DeviceWorker> Loaded => _workers.Values.Where(w => w.IsValueCreated).Select(w => w.Value);

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in Loaded)
        {
            await worker.DisposeAsync();
        }
    }
}

using Orleans.Concurrency;

namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// Reentrant, so that calls from many sessions reach the device's batcher together instead of one at a time; the
/// models themselves are the silo's <see cref="DeviceWorker"/>, loaded once per device, not per grain call.
/// </summary>
[Reentrant]
[DevicePlacementFilter]
public sealed class InferenceGrain(DeviceWorkers workers, TranslationEngine engine, ILocalSiloDetails silo) : Grain, IInferenceGrain
{
    private DeviceWorker? _worker;

    private DeviceWorker Worker => _worker ??= workers[InferenceWorkerKey.TryParse(this.GetPrimaryKeyString(), out var key)
        ? key.Value.Device
        : throw new ArgumentException($"'{this.GetPrimaryKeyString()}' is not an inference worker key.")];

    public Task<float[]> ExtractAsync(FrameBatch frames, CancellationToken cancellationToken = default) =>
        Worker.ExtractAsync(frames, cancellationToken);

    public Task<Sign2Gpt.Contracts.Sessions.Translation> TranslateAsync(FeatureRequest request, CancellationToken cancellationToken = default) =>
        engine.TranslateAsync(Worker, request, cancellationToken);

    public Task<InferenceWorkerStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new InferenceWorkerStatus(Worker.Device, Worker.Actual?.ToString(), silo.SiloAddress.ToParsableString(), Worker.Backbone));
}

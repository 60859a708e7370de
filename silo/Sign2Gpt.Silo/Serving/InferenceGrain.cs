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

    private DeviceWorker Worker => _worker ?? throw new InvalidOperationException("The worker is not active.");

    /// <summary>Refuses to run anywhere but on the silo and device its key names.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!InferenceWorkerKey.TryParse(this.GetPrimaryKeyString(), out var key) || !key.Value.Silo.Equals(silo.SiloAddress) || !workers.Devices.Contains(key.Value.Device))
        {
            throw new InvalidOperationException(
                $"Inference worker '{this.GetPrimaryKeyString()}' cannot run on silo {silo.SiloAddress}, which serves {string.Join(", ", workers.Devices)}.");
        }

        _worker = workers[key.Value.Device];
        return Task.CompletedTask;
    }

    public Task<float[]> ExtractAsync(FrameBatch frames, CancellationToken cancellationToken = default) =>
        Worker.ExtractAsync(frames, cancellationToken);

    public Task<Sign2Gpt.Contracts.Sessions.Translation> TranslateAsync(FeatureRequest request, CancellationToken cancellationToken = default) =>
        engine.TranslateAsync(Worker, request, cancellationToken);

    public Task<InferenceWorkerStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new InferenceWorkerStatus(Worker.Device, Worker.Actual?.ToString(), silo.SiloAddress.ToParsableString(), Worker.Backbone));
}

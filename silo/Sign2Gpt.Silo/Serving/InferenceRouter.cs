namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// Which inference worker serves a session: a device of the silo hosting the session, where its frames already are,
/// chosen by the session id so that every call of one session goes to the same device.
/// </summary>
public sealed class InferenceRouter(IGrainFactory grains, ILocalSiloDetails silo, DeviceWorkers workers)
{
    public IInferenceGrain For(Guid sessionId)
    {
        var devices = workers.Devices;
        var device = devices[(int)((uint)sessionId.GetHashCode() % (uint)devices.Count)];
        return grains.GetGrain<IInferenceGrain>(new InferenceWorkerKey(device, silo.SiloAddress).ToString());
    }
}

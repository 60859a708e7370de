using Orleans.Placement;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Runtime.Placement;

namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// Leaves only the silo an inference worker's key names, when that silo lists the device in its metadata. No
/// candidate means placement fails: a GPU worker is never activated on a silo without that GPU. A silo that joined
/// moments ago may not have its metadata here yet; it stays a candidate, and the worker's own activation check
/// (<see cref="InferenceGrain"/>) refuses a device the silo does not serve.
/// </summary>
public sealed class DevicePlacementFilterDirector(ISiloMetadataCache metadata) : IPlacementFilterDirector
{
    public IEnumerable<SiloAddress> Filter(PlacementFilterStrategy filterStrategy, PlacementTarget target, IEnumerable<SiloAddress> silos)
    {
        if (!InferenceWorkerKey.TryParse(target.GrainIdentity.Key.ToString()!, out var key))
        {
            return [];
        }

        return silos.Where(silo => silo.Equals(key.Value.Silo) && HasDevice(silo, key.Value.Device)).ToList();
    }

    private bool HasDevice(SiloAddress silo, string device) =>
        !metadata.GetSiloMetadata(silo).Metadata.TryGetValue(SiloDevices.MetadataKey, out var devices)
        || SiloDevices.Parse(devices).Contains(device, StringComparer.Ordinal);
}

using Orleans.Placement;

namespace Sign2Gpt.Silo.Serving;

/// <summary>Places a grain keyed by <see cref="InferenceWorkerKey"/> only on the silo it names, and only if that silo has the device.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class DevicePlacementFilterAttribute() : PlacementFilterAttribute(new DevicePlacementFilterStrategy());

using Orleans.Placement;

namespace Sign2Gpt.Silo.Serving;

public sealed class DevicePlacementFilterStrategy() : PlacementFilterStrategy(order: 0);

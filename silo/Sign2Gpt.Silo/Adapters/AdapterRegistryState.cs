using Sign2Gpt.Contracts.Adapters;

namespace Sign2Gpt.Silo.Adapters;

[GenerateSerializer, Alias("Sign2Gpt.AdapterRegistryState")]
public sealed class AdapterRegistryState
{
    [Id(0)]
    public List<AdapterVersionInfo> Versions { get; set; } = [];

    /// <summary>Live versions in the order they went live; the last is live now, the one before is what a rollback restores.</summary>
    [Id(1)]
    public List<int> LiveHistory { get; set; } = [];

    [Id(2)]
    public int? Canary { get; set; }

    [Id(3)]
    public double CanaryShare { get; set; }

    [Id(4)]
    public Dictionary<string, int> Pins { get; set; } = [];

    [Id(5)]
    public List<RolloutEvent> History { get; set; } = [];
}

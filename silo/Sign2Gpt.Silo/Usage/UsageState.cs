using Sign2Gpt.Contracts.Usage;

namespace Sign2Gpt.Silo.Usage;

[GenerateSerializer, Alias("Sign2Gpt.UsageState")]
public sealed class UsageState
{
    /// <summary>Sessions already counted, so a record sent twice (a retried call) counts once.</summary>
    [Id(0)]
    public HashSet<Guid> Counted { get; set; } = [];

    [Id(1)]
    public List<UsageLine> Lines { get; set; } = [];
}

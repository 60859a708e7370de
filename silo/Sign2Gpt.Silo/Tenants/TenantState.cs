using Sign2Gpt.Contracts.Tenants;

namespace Sign2Gpt.Silo.Tenants;

[GenerateSerializer, Alias("Sign2Gpt.TenantState")]
public sealed class TenantState
{
    [Id(0)]
    public TenantSettings? Settings { get; set; }

    [Id(1)]
    public List<StoredApiKey> ApiKeys { get; set; } = [];

    [Id(2)]
    public HashSet<Guid> OpenSessions { get; set; } = [];

    /// <summary>The UTC day <see cref="VideoSecondsToday"/> counts.</summary>
    [Id(3)]
    public DateOnly Day { get; set; }

    [Id(4)]
    public double VideoSecondsToday { get; set; }
}

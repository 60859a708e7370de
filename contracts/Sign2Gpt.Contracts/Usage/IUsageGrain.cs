namespace Sign2Gpt.Contracts.Usage;

/// <summary>
/// One tenant's metered use on one UTC day, keyed by <see cref="UsageKey.For"/>: what billing and capacity reports
/// read. Each session is counted once, however often its record is sent.
/// </summary>
[Alias("Sign2Gpt.IUsageGrain")]
public interface IUsageGrain : IGrainWithStringKey
{
    [Alias("Record")]
    Task RecordAsync(SessionUsage usage, CancellationToken cancellationToken = default);

    [Alias("Get")]
    Task<UsageDay> GetAsync(CancellationToken cancellationToken = default);
}

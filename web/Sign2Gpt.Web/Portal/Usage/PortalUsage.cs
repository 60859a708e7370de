using System.Globalization;
using System.Text;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Contracts.Usage;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Web.Portal.Usage;

/// <summary>
/// Usage reports for the portal, read from the per-tenant, per-day usage grains. A tenant admin reads their own
/// tenant whatever they ask for; a platform operator any tenant, or all of them.
/// </summary>
public sealed class PortalUsage(IGrainFactory grains)
{
    /// <summary>Longest range one report covers: a quarter.</summary>
    public const int MaxDays = 92;

    /// <summary>The tenants the user may report on: every tenant for an operator, else their own.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TenantsAsync(PortalUser user, CancellationToken cancellationToken) =>
        user.IsOperator
            ? await grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).ListAsync(cancellationToken)
            : new Dictionary<string, string> { [user.TenantId] = user.TenantId };

    /// <exception cref="ArgumentException">The range is out of order or longer than <see cref="MaxDays"/>.</exception>
    public async Task<IReadOnlyList<UsageRow>> ReportAsync(PortalUser user, UsageQuery query, CancellationToken cancellationToken)
    {
        if (query.To < query.From || query.To.DayNumber - query.From.DayNumber >= MaxDays)
        {
            throw new ArgumentException($"Choose a range whose end is not before its start, of at most {MaxDays} days.", nameof(query));
        }

        IEnumerable<string> tenants = !user.IsOperator ? [user.TenantId]
            : query.TenantId is { } one ? [one]
            : (await TenantsAsync(user, cancellationToken)).Keys;
        var days = Enumerable.Range(0, query.To.DayNumber - query.From.DayNumber + 1).Select(query.From.AddDays);
        var reports = await Task.WhenAll(tenants.SelectMany(tenant => days.Select(day =>
            grains.GetGrain<IUsageGrain>(UsageKey.For(tenant, day)).GetAsync(cancellationToken))));
        return [.. reports
            .SelectMany(report => report.Lines
                .GroupBy(line => line.Language)
                .Select(language => new UsageRow(
                    report.Day,
                    report.TenantId,
                    language.Key,
                    language.Sum(l => l.Sessions),
                    language.Sum(l => l.Failed),
                    language.Sum(l => l.VideoSeconds) / 60,
                    language.Sum(l => l.Frames),
                    language.Sum(l => l.Tokens))))
            .OrderBy(row => row.Day)
            .ThenBy(row => row.TenantId, StringComparer.Ordinal)
            .ThenBy(row => row.Language, StringComparer.Ordinal)];
    }

    public static string ToCsv(IReadOnlyList<UsageRow> rows)
    {
        var csv = new StringBuilder("day,tenant,language,sessions,failed,video_minutes,frames,tokens\n");
        foreach (var row in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row.Day:yyyy-MM-dd},{row.TenantId},{row.Language},{row.Sessions},{row.Failed},{row.VideoMinutes:0.###},{row.Frames},{row.Tokens}\n");
        }

        return csv.ToString();
    }
}

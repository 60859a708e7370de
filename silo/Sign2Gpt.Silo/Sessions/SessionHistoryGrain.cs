using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Silo.Hosting;

namespace Sign2Gpt.Silo.Sessions;

public sealed class SessionHistoryGrain([PersistentState("history", SiloHostingExtensions.StorageName)] IPersistentState<SessionHistoryState> state)
    : Grain, ISessionHistoryGrain
{
    /// <summary>Older sessions drop out of the history (the sessions themselves are not touched).</summary>
    public const int Capacity = 1000;

    public async Task RecordAsync(SessionHistoryEntry entry, CancellationToken cancellationToken = default)
    {
        var entries = state.State.Entries;
        var index = entries.FindIndex(e => e.SessionId == entry.SessionId);
        if (index >= 0)
        {
            entries[index] = entry;
        }
        else
        {
            entries.Add(entry);
            if (entries.Count > Capacity)
            {
                entries.Remove(entries.MinBy(e => e.StartedUtc)!);
            }
        }

        await state.WriteStateAsync(cancellationToken);
    }

    public Task<IReadOnlyList<SessionHistoryEntry>> ListAsync(string? search, int limit, CancellationToken cancellationToken = default)
    {
        var query = search?.Trim();
        IReadOnlyList<SessionHistoryEntry> found = [.. state.State.Entries
            .Where(e => string.IsNullOrEmpty(query)
                || (e.Text?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
                || e.Language.Equals(query, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.StartedUtc)
            .Take(Math.Max(0, limit))];
        return Task.FromResult(found);
    }

    public Task<bool> ContainsAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.State.Entries.Exists(e => e.SessionId == sessionId));
}

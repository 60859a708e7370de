namespace Sign2Gpt.Contracts.Sessions;

/// <summary>
/// The sessions one user started, keyed by <see cref="SessionHistoryKey.For"/>; sessions write to it as they start and end, so
/// the history is right whichever client (portal, phone, CLI) ran them.
/// </summary>
[Alias("Sign2Gpt.ISessionHistoryGrain")]
public interface ISessionHistoryGrain : IGrainWithStringKey
{
    /// <summary>Adds the entry, or replaces the one for the same session.</summary>
    [Alias("Record")]
    Task RecordAsync(SessionHistoryEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Newest first; <paramref name="search"/> (when given) must occur in the text or language, ignoring case.</summary>
    [Alias("List")]
    Task<IReadOnlyList<SessionHistoryEntry>> ListAsync(string? search, int limit, CancellationToken cancellationToken = default);

    /// <summary>Whether this user started the session.</summary>
    [Alias("Contains")]
    Task<bool> ContainsAsync(Guid sessionId, CancellationToken cancellationToken = default);
}

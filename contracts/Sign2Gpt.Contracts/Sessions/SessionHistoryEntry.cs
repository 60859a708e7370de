namespace Sign2Gpt.Contracts.Sessions;

/// <summary>One line of a user's session history: enough to list and search it without asking the session.</summary>
/// <param name="Text">The final translation, once there is one.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.SessionHistoryEntry")]
public sealed record SessionHistoryEntry(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string Language,
    [property: Id(2)] SessionStatus Status,
    [property: Id(3)] DateTimeOffset StartedUtc,
    [property: Id(4)] double VideoSeconds,
    [property: Id(5)] string? Text,
    [property: Id(6)] string? Adapter);

namespace Sign2Gpt.Contracts.Sessions;

/// <param name="Code">Stable and machine-readable, e.g. "gap_timeout", "video_unreadable".</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.SessionError")]
public sealed record SessionError([property: Id(0)] string Code, [property: Id(1)] string Message);

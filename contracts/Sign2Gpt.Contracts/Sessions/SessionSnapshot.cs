namespace Sign2Gpt.Contracts.Sessions;

/// <summary>Where a session stands: what was received, what was decoded, the latest hypotheses.</summary>
/// <param name="Partial">The hypothesis over the video decoded so far, refreshed every couple of seconds of new video.</param>
/// <param name="Final">The translation of the whole video, once the session completed.</param>
/// <param name="Error">Why the session failed, when it did.</param>
/// <param name="UserId">Who started it: a portal account, or the API key of a client.</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.SessionSnapshot")]
public sealed record SessionSnapshot(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string TenantId,
    [property: Id(2)] string Language,
    [property: Id(3)] SessionStatus Status,
    [property: Id(4)] long NextExpected,
    [property: Id(5)] int Held,
    [property: Id(6)] long BytesReceived,
    [property: Id(7)] int FramesDecoded,
    [property: Id(8)] double VideoSeconds,
    [property: Id(9)] Translation? Partial,
    [property: Id(10)] Translation? Final,
    [property: Id(11)] SessionError? Error,
    [property: Id(12)] DateTimeOffset? StartedUtc,
    [property: Id(13)] DateTimeOffset? EndedUtc,
    [property: Id(14)] string UserId = "");

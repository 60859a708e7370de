namespace Sign2Gpt.Contracts.Sessions;

/// <param name="Fps">Frame rate the client records at: a stream cannot be probed before it ends.</param>
/// <param name="AdapterPin">An adapter version to use instead of the rollout's choice, e.g. "de@v2".</param>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.SessionStart")]
public sealed record SessionStart(
    [property: Id(0)] string TenantId,
    [property: Id(1)] string UserId,
    [property: Id(2)] string Language,
    [property: Id(3)] VideoChunkFormat Format,
    [property: Id(4)] double Fps,
    [property: Id(5)] string? AdapterPin = null);

using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>Body of <c>POST /v1/sessions</c>.</summary>
/// <param name="Language">Spoken language to translate into, e.g. "de"; the tenant must have it enabled.</param>
/// <param name="Format">"container" (byte ranges of one streamable MP4/WebM) or "jpeg_frames" (whole JPEGs).</param>
/// <param name="Fps">Frame rate the client records at.</param>
/// <param name="Adapter">An adapter version to pin instead of the rollout's choice, e.g. "de@v2".</param>
public sealed record CreateSessionRequest(string? Language, VideoChunkFormat? Format, double? Fps, string? Adapter = null)
{
    /// <summary>Why the request cannot start a session, or null when it can.</summary>
    public string? Problem() => this switch
    {
        { Language: null or "" } => "'language' is required, e.g. \"de\".",
        { Language.Length: > 16 } => "'language' is too long.",
        { Format: null } => "'format' is required: \"container\" or \"jpeg_frames\".",
        { Fps: null } => "'fps' is required: the frame rate the client records at.",
        { Fps: <= 0 or > 240 or double.NaN } => "'fps' must be above 0 and at most 240.",
        { Adapter.Length: > 64 } => "'adapter' is too long.",
        _ => null,
    };

    /// <summary>The session this request starts for <paramref name="caller"/>; only once <see cref="Problem"/> found none.</summary>
    public SessionStart ToStart(ApiCaller caller) =>
        new(caller.TenantId, SessionHandlers.ApiUserId, Language!, Format!.Value, Fps!.Value, Adapter);
}

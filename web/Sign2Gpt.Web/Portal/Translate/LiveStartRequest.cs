namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>Body of <c>POST /portal/live</c>.</summary>
/// <param name="Language">Spoken language to translate into, e.g. "de"; the tenant must have it enabled.</param>
/// <param name="Fps">Frame rate the camera records at, as the browser reports it.</param>
public sealed record LiveStartRequest(string? Language, double? Fps)
{
    /// <summary>Why the request cannot start a session, or null when it can.</summary>
    public string? Problem() => this switch
    {
        { Language: null or "" } => "'language' is required, e.g. \"de\".",
        { Language.Length: > 16 } => "'language' is too long.",
        { Fps: null } => "'fps' is required: the frame rate the camera records at.",
        { Fps: <= 0 or > 120 or double.NaN } => "'fps' must be above 0 and at most 120.",
        _ => null,
    };
}

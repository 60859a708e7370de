namespace Sign2Gpt.Client;

/// <summary>The <c>{ "code", "message" }</c> of an API refusal or of a failed session.</summary>
/// <param name="Code">Stable and machine-readable, e.g. "language_not_enabled", "gap_timeout".</param>
/// <param name="Message">For people; may change.</param>
public sealed record IngestError(string Code, string Message);

/// <summary>The body of every refusal: <c>{ "error": { "code", "message" } }</c>.</summary>
public sealed record IngestErrorBody(IngestError? Error);

namespace Sign2Gpt.Web.Portal.Translate;

/// <param name="Original">The file as uploaded, for playback.</param>
/// <param name="Streamable">The same frames in a container a session reads chunk by chunk.</param>
public sealed record PreparedUpload(string ContentType, double Fps, byte[] Original, byte[] Streamable);

namespace Sign2Gpt.Web.Ingest;

/// <summary>Body of <c>POST /v1/sessions/{id}/end</c>.</summary>
/// <param name="LastSequence">Sequence number of the last chunk the client sent; chunks after it are refused.</param>
public sealed record EndSessionRequest(long? LastSequence);

namespace Sign2Gpt.Web.Portal.Recordings;

/// <summary>The video a portal session translated, kept for playing back beside its timeline.</summary>
public sealed record Recording(string TenantId, string ContentType, byte[] Bytes);

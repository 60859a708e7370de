namespace Sign2Gpt.Web.Admin;

public sealed record VersionRequest(int Version);

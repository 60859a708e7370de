namespace Sign2Gpt.Web.Admin;

/// <param name="Share">Of new sessions, in (0, 1].</param>
public sealed record CanaryRequest(int Version, double Share);

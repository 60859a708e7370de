namespace Sign2Gpt.Web.Admin;

/// <param name="Label">Says what the key is for ("ios app"), so that it can be found and revoked later.</param>
public sealed record ApiKeyRequest(string Label);

namespace Sign2Gpt.Contracts.Tenants;

/// <summary>API keys name their tenant, so the edge knows which tenant grain verifies them.</summary>
public static class ApiKeyFormat
{
    public const string Prefix = "s2g";

    public static string Compose(string tenantId, string keyId, string secret) => $"{Prefix}.{tenantId}.{keyId}.{secret}";

    /// <summary>Splits a key into its parts; false for anything that is not one.</summary>
    public static bool TryParse(string? apiKey, out string tenantId, out string keyId, out string secret)
    {
        tenantId = keyId = secret = "";
        var parts = apiKey?.Split('.') ?? [];
        if (parts.Length != 4 || parts[0] != Prefix || parts.Skip(1).Any(string.IsNullOrEmpty))
        {
            return false;
        }

        (tenantId, keyId, secret) = (parts[1], parts[2], parts[3]);
        return true;
    }
}

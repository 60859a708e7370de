namespace Sign2Gpt.Silo.Tenants;

[GenerateSerializer, Alias("Sign2Gpt.TenantDirectoryState")]
public sealed class TenantDirectoryState
{
    [Id(0)]
    public Dictionary<string, string> Tenants { get; set; } = [];
}

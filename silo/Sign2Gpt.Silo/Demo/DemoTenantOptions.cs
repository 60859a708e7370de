namespace Sign2Gpt.Silo.Demo;

/// <summary>The demo tenant a local platform starts with ("DemoTenant" section); off unless configured.</summary>
public sealed class DemoTenantOptions
{
    public const string Section = "DemoTenant";

    public bool Enabled { get; set; }

    public string TenantId { get; set; } = "demo";

    /// <summary>Where its API key is written, readable only by the owner, so clients on this machine can use it.</summary>
    public string ApiKeyFile { get; set; } = "demo-api-key";
}

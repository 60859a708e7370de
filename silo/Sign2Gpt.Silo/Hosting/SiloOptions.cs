namespace Sign2Gpt.Silo.Hosting;

/// <summary>Where this silo sits in the cluster ("Orleans" section).</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "sign2gpt-local";

    public string ServiceId { get; set; } = "sign2gpt";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;
}

namespace Sign2Gpt.Contracts.Hosting;

/// <summary>Which cluster this client joins ("Orleans" section); must match the silo's settings.</summary>
public sealed class ClusterClientOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "sign2gpt-local";

    public string ServiceId { get; set; } = "sign2gpt";

    /// <summary>The silo's gateway when there is no Redis to find it in (a single silo on this machine).</summary>
    public int GatewayPort { get; set; } = 30000;
}

namespace Sign2Gpt.Silo.Hosting;

/// <summary>Where this silo sits in the cluster ("Orleans" section).</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "sign2gpt-local";

    public string ServiceId { get; set; } = "sign2gpt";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// In a Kubernetes pod (deploy/k8s sets it): name, address and cluster ids come from the pod, and silos whose pods
    /// are gone are declared dead at once instead of after missed heartbeats. Membership stays in Redis.
    /// </summary>
    public bool Kubernetes { get; set; }
}

namespace Sign2Gpt.Web.Hosting;

/// <summary>Which cluster this client joins ("Orleans" section); must match the silo's settings.</summary>
public sealed class OrleansClientOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "sign2gpt-local";

    public string ServiceId { get; set; } = "sign2gpt";
}

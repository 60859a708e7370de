using System.Diagnostics;

namespace Sign2Gpt.Contracts.Hosting;

/// <summary>The platform's own meter and trace source; each app keeps its instruments in one class (SiloMetrics, TrainerMetrics).</summary>
public static class Sign2GptTelemetry
{
    public const string MeterName = "Sign2Gpt";

    public const string ActivitySourceName = "Sign2Gpt";

    /// <summary>Spans of the platform's own work, e.g. a session's translation; started only while a tracer listens.</summary>
    public static ActivitySource ActivitySource { get; } = new(ActivitySourceName);
}

using Microsoft.Extensions.Options;

namespace Sign2Gpt.Web.Ingest;

/// <summary>What the session handlers share, injected as one <c>[AsParameters]</c> argument.</summary>
public sealed class SessionServices(
    IGrainFactory grains,
    SessionOwnership ownership,
    IOptions<IngestOptions> options,
    TimeProvider time,
    ILogger<SessionServices> logger)
{
    public IGrainFactory Grains { get; } = grains;

    public SessionOwnership Ownership { get; } = ownership;

    public IOptions<IngestOptions> Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public ILogger<SessionServices> Logger { get; } = logger;
}

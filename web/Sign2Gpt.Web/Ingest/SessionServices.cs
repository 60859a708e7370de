using Microsoft.Extensions.Options;

namespace Sign2Gpt.Web.Ingest;

/// <summary>What the session handlers share, injected as one <c>[AsParameters]</c> argument.</summary>
public sealed class SessionServices(
    SessionGateway gateway,
    SessionOwnership ownership,
    IOptions<IngestOptions> options,
    ILogger<SessionServices> logger)
{
    public SessionGateway Gateway { get; } = gateway;

    public SessionOwnership Ownership { get; } = ownership;

    public IOptions<IngestOptions> Options { get; } = options;

    public ILogger<SessionServices> Logger { get; } = logger;
}

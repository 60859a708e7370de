using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Sign2Gpt.Contracts.Hosting;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>A test cluster's client with the session streams the ingest edge uses.</summary>
public sealed class SessionStreamsClient : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) => clientBuilder.AddSessionStreams();
}

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>One Redis and one pair of silo processes for every process-cluster test: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessClusterCollection : ICollectionFixture<ProcessCluster>
{
    public const string Name = "process cluster";
}

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// One Redis and one pair of silo processes for every process-cluster test: starting them is the slow part. They run
/// alone, after the other collections: killing silos and streaming from several clients takes both cores, and would
/// starve the browser tests' timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessClusterCollection : ICollectionFixture<ProcessCluster>
{
    public const string Name = "process cluster";
}

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>One Redis server and one cluster for every grain test: starting them and loading the model is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformCluster>
{
    public const string Name = "platform";
}

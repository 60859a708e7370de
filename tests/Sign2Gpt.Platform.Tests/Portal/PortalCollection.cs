namespace Sign2Gpt.Platform.Tests.Portal;

/// <summary>One platform and one browser for every portal test: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalPlatform>
{
    public const string Name = "portal";
}

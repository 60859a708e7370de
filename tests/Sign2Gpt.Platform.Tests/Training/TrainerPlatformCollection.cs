namespace Sign2Gpt.Platform.Tests.Training;

/// <summary>The trainer's process tests run alone, after the other collections: training and scoring take both cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TrainerPlatformCollection : ICollectionFixture<TrainerPlatform>
{
    public const string Name = "trainer platform";
}

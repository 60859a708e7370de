using Sign2Gpt.Training.Model;

namespace Sign2Gpt.Training.Tests.Model;

/// <summary>A few-thousand-parameter model with the real structure, for fast tests.</summary>
internal static class TinyConfig
{
    public const int FeatureSize = 16;

    public static ModelConfig Create() => ModelConfigs.Default with
    {
        Name = "tiny",
        Spatial = ModelConfigs.Default.Spatial with { FeatureSize = FeatureSize, OutputSize = 32 },
        Encoder = ModelConfigs.Default.Encoder with { Dim = 32, Heads = 4, DropPath = 0 },
        Head = ModelConfigs.Default.Head with { EmbeddingSize = 8 },
        Decoder = ModelConfigs.Default.Decoder with { VocabularySize = 40, Dim = 32, Layers = 2, Heads = 4, FfnDim = 64 },
    };
}

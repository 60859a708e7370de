using Sign2Gpt.Inference.Backbone;

namespace Sign2Gpt.Training.Model;

public static class ModelConfigs
{
    /// <summary>The paper's model: DINOv2 ViT-S/14, a d-512 sign encoder, XGLM-1.7B. Its parameter counts equal paper Table 1b.</summary>
    public static ModelConfig Paper { get; } = new(
        "paper",
        new SpatialConfig(
            SpatialBackbone.DinoV2VitS14,
            FeatureSize: 384,
            OutputSize: 512,
            new LoraConfig(Rank: 4, Alpha: 4, Dropout: 0.1, InitStd: 0.02),
            LoraBlocks: [9, 10, 11],
            new VisionTransformerConfig(ImageSize: 518, PatchSize: 14, Dim: 384, Depth: 12, Heads: 6, MlpRatio: 4)),
        new EncoderConfig(Dim: 512, Heads: 8, BlocksBefore: 2, BlocksAfter: 2, MlpRatio: 4, HalfWindow: 3, DropPath: 0.1, LayerScaleInit: 1e-5),
        new PseudoGlossHeadConfig(EmbeddingSize: 300, Dropout: 0.2, InitialTemperature: 0.1, LearnTemperatures: true, LossWeight: 10),
        new DecoderConfig(VocabularySize: 256_008, Dim: 2048, Layers: 24, Heads: 16, FfnDim: 8192, PadTokenId: 1,
            new LoraConfig(Rank: 4, Alpha: 4, Dropout: 0.1, InitStd: 0.2)));

    /// <summary>
    /// Sized for this project's CPU machines: ResNet18 features (cached), a d-256 encoder and a small
    /// LM pretrained here. Same structure as the paper; only widths, depths and vocabulary differ.
    /// </summary>
    public static ModelConfig Default { get; } = new(
        "default",
        new SpatialConfig(SpatialBackbone.ResNet18Features, FeatureSize: ResNet18Backbone.FeatureSize, OutputSize: 256,
            new LoraConfig(Rank: 4, Alpha: 4, Dropout: 0.1, InitStd: 0.02), LoraBlocks: [], VisionTransformer: null),
        new EncoderConfig(Dim: 256, Heads: 4, BlocksBefore: 2, BlocksAfter: 2, MlpRatio: 4, HalfWindow: 3, DropPath: 0.1, LayerScaleInit: 1e-5),
        new PseudoGlossHeadConfig(EmbeddingSize: 300, Dropout: 0.2, InitialTemperature: 0.1, LearnTemperatures: true, LossWeight: 10),
        new DecoderConfig(VocabularySize: 4000, Dim: 256, Layers: 4, Heads: 4, FfnDim: 1024, PadTokenId: 0,
            new LoraConfig(Rank: 4, Alpha: 4, Dropout: 0.1, InitStd: 0.2)));

    public static ModelConfig Named(string name) => name switch
    {
        "paper" => Paper,
        "default" => Default,
        _ => throw new ArgumentException($"Unknown model config '{name}'; known: paper, default.", nameof(name)),
    };
}

namespace Sign2Gpt.Training.Model;

/// <summary>The whole architecture's sizes. <see cref="ModelConfigs"/> holds the named ones.</summary>
public sealed record ModelConfig(string Name, SpatialConfig Spatial, EncoderConfig Encoder, PseudoGlossHeadConfig Head, DecoderConfig Decoder);

/// <summary>
/// The frame model. With a ViT backbone (the paper's DINOv2 ViT-S/14) the backbone is part of the module
/// and carries LoRA on <see cref="LoraBlocks"/>; with ResNet18 the backbone runs in ONNX Runtime ahead of
/// training (its features are cached) and only the Linear + BatchNorm adapter is a module here.
/// </summary>
public sealed record SpatialConfig(
    SpatialBackbone Backbone,
    int FeatureSize,
    int OutputSize,
    LoraConfig Lora,
    int[] LoraBlocks,
    VisionTransformerConfig? VisionTransformer);

public enum SpatialBackbone
{
    ResNet18Features,
    DinoV2VitS14,
}

public sealed record VisionTransformerConfig(int ImageSize, int PatchSize, int Dim, int Depth, int Heads, int MlpRatio);

public sealed record LoraConfig(int Rank, double Alpha, double Dropout, double InitStd)
{
    public double Scaling => Alpha / Rank;
}

/// <summary>Sign encoder: <see cref="BlocksBefore"/> blocks, the temporal downsampler, <see cref="BlocksAfter"/> blocks.</summary>
public sealed record EncoderConfig(
    int Dim,
    int Heads,
    int BlocksBefore,
    int BlocksAfter,
    int MlpRatio,
    int HalfWindow,
    double DropPath,
    double LayerScaleInit);

public sealed record PseudoGlossHeadConfig(int EmbeddingSize, double Dropout, double InitialTemperature, bool LearnTemperatures, double LossWeight);

/// <summary>The frozen causal LM (XGLM-shaped) with LoRA on q, k, v, o and zero-gated cross-attention.</summary>
public sealed record DecoderConfig(
    int VocabularySize,
    int Dim,
    int Layers,
    int Heads,
    int FfnDim,
    int PadTokenId,
    LoraConfig Lora);

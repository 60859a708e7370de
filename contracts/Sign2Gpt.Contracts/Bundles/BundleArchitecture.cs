namespace Sign2Gpt.Contracts.Bundles;

/// <summary>The sizes the runtime needs to drive the exported graphs (cache shapes, special tokens).</summary>
public sealed record BundleArchitecture(
    string Config,
    int EncoderDim,
    int DecoderDim,
    int DecoderLayers,
    int DecoderHeads,
    int VocabularySize,
    int PadTokenId,
    int EosTokenId,
    int PseudoGlossCount,
    int LoraRank,
    bool Float16Weights);

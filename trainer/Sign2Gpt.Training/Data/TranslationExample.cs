using Sign2Gpt.Inference.Backbone;

namespace Sign2Gpt.Training.Data;

/// <summary>
/// One video ready for training: its backbone features, the spoken sentence, the decoder target
/// (language tag, sentence tokens, eos) and the indices of its pseudo-glosses in the vocabulary.
/// <see cref="AugmentedViews"/> holds features of augmented copies of the video, when the run made them.
/// </summary>
public sealed record TranslationExample(
    string Name,
    string Language,
    VideoFeatures Features,
    string Translation,
    int[] TargetTokens,
    int[] PseudoGlossIndices,
    IReadOnlyList<VideoFeatures>? AugmentedViews = null);

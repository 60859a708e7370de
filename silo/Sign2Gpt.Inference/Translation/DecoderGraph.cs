namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// The exported decoder's interface, one step of incremental decoding: new tokens plus the key/value
/// cache of earlier ones in; next-token logits and the extended cache out. A first call passes a cache
/// of length 0. The cross-attention keys and values of the visual tokens are cached the same way: the
/// first call passes the whole video and an empty cross cache, later calls zero visual steps and the
/// cross cache, so the video is projected once per translation. Visual inputs may have batch 1 and
/// broadcast over every hypothesis of one video. LoRA tensors and gates are overridable inputs named as
/// in training, so an ONNX Runtime adapter can replace them per run.
/// </summary>
public static class DecoderGraph
{
    /// <summary>int64 [batch, length].</summary>
    public const string InputIds = "input_ids";

    /// <summary>float [visualBatch, new steps, dim] from the encoder: all of them first, none once cached.</summary>
    public const string VisualTokens = "visual_tokens";

    /// <summary>bool [visualBatch, steps]: every step of the video, on every call.</summary>
    public const string VisualValid = "visual_valid";

    /// <summary>float [batch, length, vocabulary].</summary>
    public const string Logits = "logits";

    /// <summary>float [batch, heads, past, headDim] per layer.</summary>
    public static string PastKey(int layer) => $"past_key_{layer}";

    public static string PastValue(int layer) => $"past_value_{layer}";

    /// <summary>float [batch, heads, past + length, headDim] per layer.</summary>
    public static string PresentKey(int layer) => $"present_key_{layer}";

    public static string PresentValue(int layer) => $"present_value_{layer}";

    /// <summary>float [visualBatch, heads, cached steps, headDim] per layer: cross-attention keys of the video.</summary>
    public static string PastCrossKey(int layer) => $"past_cross_key_{layer}";

    public static string PastCrossValue(int layer) => $"past_cross_value_{layer}";

    /// <summary>float [visualBatch, heads, steps, headDim] per layer.</summary>
    public static string PresentCrossKey(int layer) => $"present_cross_key_{layer}";

    public static string PresentCrossValue(int layer) => $"present_cross_value_{layer}";
}

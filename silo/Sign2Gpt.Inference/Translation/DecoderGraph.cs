namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// The exported decoder's interface, one step of incremental decoding: new tokens plus the key/value
/// cache of earlier ones in; next-token logits and the extended cache out. A first call passes a cache
/// of length 0. LoRA tensors and gates are overridable inputs named as in training, so an ONNX Runtime
/// adapter can replace them per run.
/// </summary>
public static class DecoderGraph
{
    /// <summary>int64 [batch, length].</summary>
    public const string InputIds = "input_ids";

    /// <summary>float [batch, steps, dim] from the encoder.</summary>
    public const string VisualTokens = "visual_tokens";

    /// <summary>bool [batch, steps].</summary>
    public const string VisualValid = "visual_valid";

    /// <summary>float [batch, length, vocabulary].</summary>
    public const string Logits = "logits";

    /// <summary>float [batch, heads, past, headDim] per layer.</summary>
    public static string PastKey(int layer) => $"past_key_{layer}";

    public static string PastValue(int layer) => $"past_value_{layer}";

    /// <summary>float [batch, heads, past + length, headDim] per layer.</summary>
    public static string PresentKey(int layer) => $"present_key_{layer}";

    public static string PresentValue(int layer) => $"present_value_{layer}";
}

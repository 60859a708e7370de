namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// The exported sign encoder's interface: backbone features of the sampled frames in; sign-level
/// validity, visual tokens for the decoder, the gloss timeline and clip-level gloss scores out.
/// </summary>
public static class EncoderGraph
{
    /// <summary>float [batch, frames, featureSize].</summary>
    public const string Features = "features";

    /// <summary>bool [batch, frames]: true for real frames.</summary>
    public const string Valid = "valid";

    /// <summary>bool [batch, steps]: real sign steps (half the frame rate).</summary>
    public const string SignValid = "sign_valid";

    /// <summary>float [batch, steps, decoderDim].</summary>
    public const string VisualTokens = "visual_tokens";

    /// <summary>float [batch, steps, glosses]: per-step probability of each pseudo-gloss.</summary>
    public const string Timeline = "timeline";

    /// <summary>float [batch, glosses]: the clip-level score p_v.</summary>
    public const string Presence = "presence";
}

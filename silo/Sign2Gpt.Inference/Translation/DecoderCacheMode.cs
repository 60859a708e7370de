namespace Sign2Gpt.Inference.Translation;

/// <summary>How <see cref="OnnxDecoder"/> gets earlier tokens' keys and values.</summary>
public enum DecoderCacheMode
{
    /// <summary>Keep each hypothesis' key/value cache and feed only its newest token: what serving uses.</summary>
    KeyValue,

    /// <summary>
    /// Feed every hypothesis' whole prefix each step with an empty cache: the baseline that shows what the cache
    /// saves per token.
    /// </summary>
    Recompute,
}

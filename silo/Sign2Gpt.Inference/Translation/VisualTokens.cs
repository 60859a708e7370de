namespace Sign2Gpt.Inference.Translation;

/// <summary>What the decoder attends to for one video: the encoder's visual tokens and which of them are real.</summary>
/// <param name="Values">Row-major [steps, decoderDim], the encoder's <see cref="EncoderGraph.VisualTokens"/> for one video.</param>
/// <param name="Valid">[steps], the encoder's <see cref="EncoderGraph.SignValid"/>.</param>
public sealed record VisualTokens(float[] Values, bool[] Valid)
{
    public int Steps => Valid.Length;
}

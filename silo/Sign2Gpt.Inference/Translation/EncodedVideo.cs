namespace Sign2Gpt.Inference.Translation;

/// <summary>The sign encoder's output for one video: visual tokens for the decoder and the timeline, row-major [steps, glosses].</summary>
public sealed record EncodedVideo(VisualTokens Visual, float[] Timeline);

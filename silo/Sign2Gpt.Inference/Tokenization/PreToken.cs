namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// A slice of normalised text that BPE merges never cross. <see cref="StartsWord"/> marks the first slice after
/// whitespace (or at the start), which is encoded with the word-start marker so decoding can restore the space.
/// </summary>
internal readonly record struct PreToken(int Start, int Length, bool StartsWord);

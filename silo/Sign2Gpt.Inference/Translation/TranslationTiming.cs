namespace Sign2Gpt.Inference.Translation;

/// <summary>Where the time of one translation went, in milliseconds.</summary>
public sealed record TranslationTiming(double FeaturesMs, double EncoderMs, double DecoderMs, double TotalMs, int Frames, int Tokens);

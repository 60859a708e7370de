namespace Sign2Gpt.Inference.Translation;

/// <summary>A pseudo-gloss seen from <see cref="Start"/> to <see cref="End"/> seconds, with its peak probability.</summary>
public sealed record LocalizedGloss(string Gloss, double Start, double End, double Score);

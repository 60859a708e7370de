namespace Sign2Gpt.Inference.Translation;

/// <summary>A live hypothesis (by row) extended by one token, and the running log-probability sum that gives.</summary>
internal readonly record struct BeamCandidate(int Parent, int Token, double LogProbability, double Sum);

namespace Sign2Gpt.Inference.Translation;

/// <summary>A hypothesis taken out of the search, ended by eos or by the maximum length, and its final score.</summary>
/// <param name="EosLogProbability">The log-probability of the eos that ended it; null when it was cut at the maximum length.</param>
internal sealed record FinishedHypothesis(BeamHypothesis Hypothesis, double? EosLogProbability, double Score)
{
    public BeamSearchResult ToResult(int promptLength) => new(
        Hypothesis.Tokens[promptLength..],
        Score,
        EosLogProbability is { } eos ? [.. Hypothesis.StepLogProbabilities, eos] : Hypothesis.StepLogProbabilities,
        EosLogProbability is not null);
}

namespace Sign2Gpt.Inference.Translation;

/// <summary>A prompt and the tokens generated after it, with each generated token's log-probability.</summary>
/// <param name="Tokens">Prompt plus generated tokens; never an eos, which ends a hypothesis instead of extending it.</param>
internal sealed record BeamHypothesis(int[] Tokens, double[] StepLogProbabilities, double SumLogProbability)
{
    public static BeamHypothesis FromPrompt(IReadOnlyList<int> prompt) => new([.. prompt], [], 0);

    /// <param name="sum">The running sum with this token, as the candidate ranking computed it, so both agree to the bit.</param>
    public BeamHypothesis Extend(int token, double logProbability, double sum) =>
        new([.. Tokens, token], [.. StepLogProbabilities, logProbability], sum);
}

namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// The best <c>capacity</c> finished hypotheses so far (HF's BeamHypotheses). Exact ties are settled by arrival
/// order, so a search always picks the same answer: on eviction the earliest of the tied worst goes (as in HF),
/// and of tied best the earliest is chosen.
/// </summary>
internal sealed class FinishedHypotheses(int capacity, double lengthPenalty)
{
    // Kept in arrival order.
    private readonly List<FinishedHypothesis> _kept = [];

    /// <param name="sum">Log-probability of the hypothesis plus its eos, if any.</param>
    public void Add(BeamHypothesis hypothesis, double? eosLogProbability, double sum)
    {
        var score = Normalise(sum, hypothesis.Tokens.Length);
        if (_kept.Count >= capacity && !(score > Worst()))
        {
            return;
        }

        _kept.Add(new FinishedHypothesis(hypothesis, eosLogProbability, score));
        if (_kept.Count > capacity)
        {
            _kept.RemoveAt(IndexOf(Worst()));
        }
    }

    /// <summary>
    /// HF's stopping heuristic (early_stopping false): enough finished hypotheses, and the best candidate of this
    /// step, normalised by the length the live hypotheses had before it, cannot beat the worst of them.
    /// </summary>
    public bool CannotImprove(double bestCandidateSum, int currentLength) =>
        _kept.Count >= capacity && Worst() >= Normalise(bestCandidateSum, currentLength);

    public FinishedHypothesis Best()
    {
        if (_kept.Count == 0)
        {
            throw new InvalidOperationException("No hypothesis finished.");
        }

        return _kept[IndexOf(_kept.Max(h => h.Score))];
    }

    private double Normalise(double sum, int length) => sum / Math.Pow(length, lengthPenalty);

    private double Worst() => _kept.Min(h => h.Score);

    private int IndexOf(double score) => _kept.FindIndex(h => h.Score.Equals(score));
}

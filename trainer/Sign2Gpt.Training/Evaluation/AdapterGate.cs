using System.Globalization;
using Sign2Gpt.Contracts.Bundles;

namespace Sign2Gpt.Training.Evaluation;

/// <summary>
/// A candidate passes when it trails the live version by no more than the margin on both BLEU-4 and ROUGE-L, on the
/// language's reference set (it must not forget what it served everyone well) and, when the dataset has a test split,
/// on the dataset's own held-out videos (it must not serve the tenant who asked for it worse).
/// </summary>
public sealed record AdapterGate(double Margin)
{
    public (bool Passed, string Reason) Decide(AdapterComparison comparison)
    {
        var reference = Check(comparison.CandidateReference, comparison.ServedReference, "the reference set");
        var heldOut = comparison is { CandidateHeldOut: { } candidate, ServedHeldOut: { } served }
            ? Check(candidate, served, "the dataset's held-out videos")
            : (Passed: true, Scores: "the dataset has no held-out videos");
        var scores = string.Create(CultureInfo.InvariantCulture, $"{reference.Scores}; {heldOut.Scores} (margin {Margin:0.##})");
        return (reference.Passed, heldOut.Passed) switch
        {
            (true, true) => (true, $"Passed the gate: {scores}."),
            (false, _) => (false, $"Worse than the live version on the reference set: {scores}."),
            _ => (false, $"Worse than the live version on the dataset's held-out videos: {scores}."),
        };
    }

    public static IReadOnlyDictionary<string, double> Scores(BundleEvaluation evaluation) => new Dictionary<string, double>
    {
        ["bleu1"] = evaluation.Bleu1,
        ["bleu4"] = evaluation.Bleu4,
        ["rougeL"] = evaluation.RougeL,
        ["sentences"] = evaluation.Sentences,
    };

    private (bool Passed, string Scores) Check(BundleEvaluation candidate, BundleEvaluation live, string set) =>
        (candidate.Bleu4 - live.Bleu4 >= -Margin && candidate.RougeL - live.RougeL >= -Margin,
            string.Create(CultureInfo.InvariantCulture, $"BLEU-4 {candidate.Bleu4:0.00} vs live {live.Bleu4:0.00}, ROUGE-L {candidate.RougeL:0.00} vs live {live.RougeL:0.00} on {set}"));
}

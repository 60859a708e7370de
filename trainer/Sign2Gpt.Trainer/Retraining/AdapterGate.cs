using System.Globalization;
using Sign2Gpt.Contracts.Bundles;

namespace Sign2Gpt.Trainer.Retraining;

/// <summary>A candidate passes when it trails the live version by no more than the margin on both BLEU-4 and ROUGE-L.</summary>
internal sealed record AdapterGate(double Margin)
{
    public (bool Passed, string Reason) Decide(BundleEvaluation candidate, BundleEvaluation live)
    {
        var bleu = candidate.Bleu4 - live.Bleu4;
        var rouge = candidate.RougeL - live.RougeL;
        var scores = string.Create(CultureInfo.InvariantCulture,
            $"BLEU-4 {candidate.Bleu4:0.00} vs live {live.Bleu4:0.00}, ROUGE-L {candidate.RougeL:0.00} vs live {live.RougeL:0.00} on the reference set (margin {Margin:0.##})");
        return bleu >= -Margin && rouge >= -Margin ? (true, $"Passed the gate: {scores}.") : (false, $"Worse than the live version: {scores}.");
    }

    public static IReadOnlyDictionary<string, double> Scores(BundleEvaluation evaluation) => new Dictionary<string, double>
    {
        ["bleu1"] = evaluation.Bleu1,
        ["bleu4"] = evaluation.Bleu4,
        ["rougeL"] = evaluation.RougeL,
        ["sentences"] = evaluation.Sentences,
    };
}

namespace Sign2Gpt.Text.Tests.PseudoGlosses;

/// <summary>Micro-averaged F1 of predicted against gold pseudo-glosses, matched as multisets per sentence.</summary>
internal sealed class KeptWordScore
{
    public int TruePositives { get; private set; }
    public int Predicted { get; private set; }
    public int Gold { get; private set; }

    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one sentence; returns the glosses only predicted and only gold, for diagnostics.</summary>
    public (List<string> Extra, List<string> Missing) Add(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        var remaining = gold.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var extra = new List<string>();
        foreach (var p in predicted)
        {
            if (remaining.TryGetValue(p, out var n) && n > 0)
            {
                remaining[p] = n - 1;
                TruePositives++;
            }
            else
            {
                extra.Add(p);
            }
        }
        Predicted += predicted.Count;
        Gold += gold.Count;
        return (extra, [.. remaining.SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value))]);
    }

    public override string ToString() => $"P {Precision:F3} R {Recall:F3} F1 {F1:F3} ({TruePositives}/{Predicted} predicted, {Gold} gold)";
}

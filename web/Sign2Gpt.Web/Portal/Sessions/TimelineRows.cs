using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Portal.Sessions;

/// <summary>
/// Which glosses a heat map shows, like the paper's Fig. 4: those the model saw with some confidence, in the order
/// it saw them. A timeline lists every gloss of the language; most rows are empty and would hide the few that are not.
/// </summary>
public static class TimelineRows
{
    public const float Threshold = 0.1f;
    public const int MaxRows = 16;
    public const int MinRows = 5;

    public sealed record Row(string Gloss, float[] Probabilities);

    public static IReadOnlyList<Row> Select(GlossTimelineData timeline)
    {
        var rows = timeline.Glosses
            .Select((gloss, index) => new Row(gloss, timeline.Probabilities[index]))
            .Where(row => row.Probabilities.Length > 0)
            .ToList();
        var confident = rows.Where(row => row.Probabilities.Max() >= Threshold).ToList();
        var chosen = confident.Count >= MinRows
            ? confident.OrderByDescending(row => row.Probabilities.Max()).Take(MaxRows)
            : rows.OrderByDescending(row => row.Probabilities.Max()).Take(MinRows);
        return [.. chosen.OrderBy(row => Array.IndexOf(row.Probabilities, row.Probabilities.Max()))];
    }
}

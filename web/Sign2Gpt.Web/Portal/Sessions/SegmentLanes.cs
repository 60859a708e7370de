using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Portal.Sessions;

/// <summary>Stacks localised glosses in lanes so that overlapping segments stay readable and clickable.</summary>
public static class SegmentLanes
{
    public static IReadOnlyList<(GlossSegment Segment, int Lane)> Assign(IReadOnlyList<GlossSegment> segments)
    {
        var laneEnds = new List<double>();
        var placed = new List<(GlossSegment, int)>();
        foreach (var segment in segments.OrderBy(s => s.Start))
        {
            var lane = laneEnds.FindIndex(end => end <= segment.Start);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(0);
            }

            laneEnds[lane] = segment.End;
            placed.Add((segment, lane));
        }

        return placed;
    }
}

using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Portal.Sessions;

/// <summary>A finished session as its JSON export: the sentence, the localised glosses and the whole timeline.</summary>
public sealed record SessionExport(
    Guid SessionId,
    string Language,
    string? Adapter,
    DateTimeOffset? StartedUtc,
    double VideoSeconds,
    string Text,
    IReadOnlyList<GlossSegment> Glosses,
    GlossTimelineData Timeline)
{
    public static SessionExport Of(SessionSnapshot snapshot, Translation translation) => new(
        snapshot.SessionId,
        translation.Language,
        translation.Adapter,
        snapshot.StartedUtc,
        translation.VideoSeconds,
        translation.Text,
        translation.Glosses,
        translation.Timeline);
}

using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Silo.Sessions;

[GenerateSerializer, Alias("Sign2Gpt.SessionHistoryState")]
public sealed class SessionHistoryState
{
    [Id(0)]
    public List<SessionHistoryEntry> Entries { get; set; } = [];
}

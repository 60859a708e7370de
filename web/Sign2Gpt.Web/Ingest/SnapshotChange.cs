using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// What makes a snapshot worth sending. Snapshots arrive freshly deserialised, so record equality would see every
/// one as new (their lists differ by reference); the byte and frame counters move on every chunk and would turn
/// an event stream into a copy of the upload.
/// </summary>
public readonly record struct SnapshotChange(
    SessionStatus Status, long NextExpected, int Held, string? Partial, string? Final, string? Error)
{
    public static SnapshotChange Of(SessionSnapshot snapshot) => new(
        snapshot.Status,
        snapshot.NextExpected,
        snapshot.Held,
        snapshot.Partial?.Text,
        snapshot.Final?.Text,
        snapshot.Error?.Code);
}

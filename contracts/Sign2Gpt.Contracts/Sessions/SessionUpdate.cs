namespace Sign2Gpt.Contracts.Sessions;

/// <summary>
/// What a session tells the edges: the answer to a chunk (<see cref="Receipt"/> or <see cref="Rejection"/>, with its
/// <see cref="Sequence"/>), or a new <see cref="Snapshot"/> when its status, partial or final translation changed.
/// </summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.SessionUpdate")]
public sealed record SessionUpdate(
    [property: Id(0)] long? Sequence,
    [property: Id(1)] ChunkReceipt? Receipt,
    [property: Id(2)] SessionError? Rejection,
    [property: Id(3)] SessionSnapshot? Snapshot)
{
    public static SessionUpdate Accepted(ChunkReceipt receipt) => new(receipt.Sequence, receipt, null, null);

    public static SessionUpdate Refused(long sequence, SessionError rejection) => new(sequence, null, rejection, null);

    public static SessionUpdate Changed(SessionSnapshot snapshot) => new(null, null, null, snapshot);
}

using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Silo.Sessions;

/// <summary>What a session persists after every acknowledged change; chunk bytes live in <see cref="IChunkStore"/>.</summary>
[GenerateSerializer, Alias("Sign2Gpt.SessionState")]
public sealed class SessionState
{
    [Id(0)]
    public SessionStart? Start { get; set; }

    [Id(1)]
    public SessionStatus Status { get; set; }

    [Id(2)]
    public long NextExpected { get; set; }

    /// <summary>Received ahead of a gap.</summary>
    [Id(3)]
    public List<long> Held { get; set; } = [];

    /// <summary>SHA-256 of every stored chunk, so a re-sent chunk is told apart from a different one with the same number.</summary>
    [Id(4)]
    public Dictionary<long, string> ChunkHashes { get; set; } = [];

    [Id(5)]
    public long BytesReceived { get; set; }

    [Id(6)]
    public long? LastSequence { get; set; }

    [Id(7)]
    public DateTimeOffset? GapSinceUtc { get; set; }

    [Id(8)]
    public Translation? Partial { get; set; }

    [Id(9)]
    public Translation? Final { get; set; }

    [Id(10)]
    public SessionError? Error { get; set; }

    [Id(11)]
    public DateTimeOffset? StartedUtc { get; set; }

    [Id(12)]
    public DateTimeOffset? EndedUtc { get; set; }

    /// <summary>Tokens decoded for every hypothesis, partial ones included, for usage metering.</summary>
    [Id(13)]
    public int TokensDecoded { get; set; }

    /// <summary>The adapter version chosen when the session started, kept to its end; null for the model's shipped one.</summary>
    [Id(14)]
    public int? AdapterVersion { get; set; }
}

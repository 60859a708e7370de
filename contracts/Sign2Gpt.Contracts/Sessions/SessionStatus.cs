namespace Sign2Gpt.Contracts.Sessions;

public enum SessionStatus
{
    /// <summary>Never started.</summary>
    None,

    /// <summary>Taking chunks.</summary>
    Receiving,

    /// <summary>End received; waiting for missing chunks or the final translation.</summary>
    Finishing,

    Completed,

    Failed,
}

namespace Sign2Gpt.Client;

/// <summary>A session's status as the API reports it (snake_case on the wire).</summary>
public enum IngestStatus
{
    None,
    Receiving,
    Finishing,
    Completed,
    Failed,
}

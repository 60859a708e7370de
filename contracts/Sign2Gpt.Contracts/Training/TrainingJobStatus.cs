namespace Sign2Gpt.Contracts.Training;

public enum TrainingJobStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>A worker holds it under a lease it renews.</summary>
    Running,

    /// <summary>Passed the gate and was published as a new adapter version.</summary>
    Published,

    /// <summary>Trained and evaluated, but worse than the live version by more than the margin; not published.</summary>
    Rejected,

    /// <summary>A dataset import that unpacked every video.</summary>
    Imported,

    Failed,

    Cancelled,
}

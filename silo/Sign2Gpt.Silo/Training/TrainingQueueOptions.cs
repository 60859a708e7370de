namespace Sign2Gpt.Silo.Training;

/// <summary>The retrain queue's limits ("TrainingQueue").</summary>
public sealed class TrainingQueueOptions
{
    public const string Section = "TrainingQueue";

    /// <summary>A worker that reports nothing for this long has lost its job to the next worker.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Jobs a tenant may have waiting.</summary>
    public int MaxQueuedPerTenant { get; set; } = 10;

    /// <summary>Jobs of one tenant running at once, however many workers are free.</summary>
    public int MaxRunningPerTenant { get; set; } = 1;

    /// <summary>Claims of one job before it fails: a job that keeps losing its worker may be what kills it.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Ended jobs kept for the history, newest first.</summary>
    public int KeepEnded { get; set; } = 500;
}

using System.Diagnostics.Metrics;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Contracts.Training;

namespace Sign2Gpt.Trainer.Telemetry;

/// <summary>The trainer's instruments on the platform's meter (<see cref="Sign2GptTelemetry.MeterName"/>), recorded by the job loop.</summary>
internal sealed class TrainerMetrics
{
    private readonly Counter<long> _jobsEnded;
    private readonly Histogram<double> _jobDuration;

    public TrainerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Sign2GptTelemetry.MeterName);
        _jobsEnded = meter.CreateCounter<long>("sign2gpt.training.jobs.ended", "{job}", "Jobs this worker ended, by kind (retrain, import_dataset) and status (published, rejected, imported, failed, cancelled).");
        _jobDuration = meter.CreateHistogram(
            "sign2gpt.training.job.duration",
            "s",
            "How long this worker ran a job it ended (one attempt; a resumed job counts from its resumption), by kind and status.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 15, 30, 60, 120, 300, 600, 1200, 2400, 3600, 7200] });
    }

    public void JobEnded(TrainingJobKind kind, TrainingJobStatus status, TimeSpan elapsed)
    {
        var tags = new System.Diagnostics.TagList
        {
            { "kind", kind == TrainingJobKind.ImportDataset ? "import_dataset" : "retrain" },
            { "status", status.ToString().ToLowerInvariant() },
        };
        _jobsEnded.Add(1, tags);
        _jobDuration.Record(elapsed.TotalSeconds, tags);
    }
}

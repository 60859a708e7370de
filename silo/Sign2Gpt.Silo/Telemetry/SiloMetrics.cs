using System.Diagnostics.Metrics;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Training;

namespace Sign2Gpt.Silo.Telemetry;

/// <summary>
/// The silo's instruments on the platform's meter (<see cref="Sign2GptTelemetry.MeterName"/>), recorded where the
/// events happen: sessions (<c>SessionGrain</c>), backbone batches (<c>DeviceWorker</c>), translations
/// (<c>TranslationEngine</c>) and the training queue (<c>TrainingQueueGrain</c>). Tags are snake_case and their values
/// come from small fixed sets (languages, rejection codes, devices, adapter versions), never from ids.
/// </summary>
public sealed class SiloMetrics
{
    private static readonly TrainingJobKind[] Kinds = Enum.GetValues<TrainingJobKind>();

    private readonly Counter<long> _sessionsStarted;
    private readonly Counter<long> _sessionsEnded;
    private readonly Counter<long> _chunksAccepted;
    private readonly Counter<long> _chunksRefused;
    private readonly Histogram<int> _backboneBatch;
    private readonly Histogram<double> _inferenceDuration;
    private readonly Counter<long> _translations;
    private volatile Measurement<long>[] _queue = [];

    public SiloMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Sign2GptTelemetry.MeterName);
        _sessionsStarted = meter.CreateCounter<long>("sign2gpt.sessions.started", "{session}", "Sessions started, by language.");
        _sessionsEnded = meter.CreateCounter<long>("sign2gpt.sessions.ended", "{session}", "Sessions ended, by language and outcome (completed, failed).");
        _chunksAccepted = meter.CreateCounter<long>("sign2gpt.chunks.accepted", "{chunk}", "Video chunks taken by a session, by status (accepted, held ahead of a gap, duplicate).");
        _chunksRefused = meter.CreateCounter<long>("sign2gpt.chunks.refused", "{chunk}", "Video chunks a session refused, by reason (the rejection code).");
        _backboneBatch = meter.CreateHistogram(
            "sign2gpt.backbone.batch_size",
            "{frame}",
            "Frames per backbone run, across the sessions that shared it, by device.",
            tags: null,
            new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 48, 64, 96, 128, 192, 256] });
        _inferenceDuration = meter.CreateHistogram(
            "sign2gpt.inference.duration",
            "s",
            "Time to translate a session's video so far (encoder, decoder, beam search), by device and kind (partial, final).",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60] });
        _translations = meter.CreateCounter<long>("sign2gpt.translations", "{translation}", "Translations made, by adapter version (e.g. de@v2) and kind (partial, final).");

        // A gauge, not an up-down counter: the queue grain may deactivate on one silo and activate on another, and
        // counters each silo had added to would keep its share after the grain left. The gauge reports what the
        // activation's own state says, and only on the silo that holds it now (the old one reports nothing once the
        // grain deactivated there), so summing the series over all silos gives the queue's depth.
        meter.CreateObservableGauge("sign2gpt.training.queue.jobs", () => _queue, "{job}", "Training jobs queued and running, by kind (retrain, import_dataset) and status.");
    }

    public void SessionStarted(string language) =>
        _sessionsStarted.Add(1, new KeyValuePair<string, object?>("language", language));

    public void SessionEnded(string language, SessionStatus outcome) =>
        _sessionsEnded.Add(1, new KeyValuePair<string, object?>("language", language), new KeyValuePair<string, object?>("outcome", Snake(outcome.ToString())));

    public void ChunkAccepted(ChunkStatus status) =>
        _chunksAccepted.Add(1, new KeyValuePair<string, object?>("status", Snake(status.ToString())));

    public void ChunkRefused(string reason) =>
        _chunksRefused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void BackboneBatch(string device, int frames) =>
        _backboneBatch.Record(frames, new KeyValuePair<string, object?>("device", device));

    public void Translated(string device, bool isFinal, string? adapter, TimeSpan elapsed)
    {
        var kind = new KeyValuePair<string, object?>("kind", isFinal ? "final" : "partial");
        _inferenceDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("device", device), kind);
        _translations.Add(1, new KeyValuePair<string, object?>("adapter", adapter ?? "none"), kind);
    }

    /// <summary>The queue as the grain's activation on this silo sees it; every kind and status is reported, zeros included.</summary>
    public void TrainingQueueChanged(IEnumerable<TrainingJob> jobs)
    {
        var counts = jobs.Where(j => j.Status is TrainingJobStatus.Queued or TrainingJobStatus.Running).CountBy(j => (j.Request.Kind, j.Status)).ToDictionary();
        _queue =
        [
            .. from kind in Kinds
               from status in (TrainingJobStatus[])[TrainingJobStatus.Queued, TrainingJobStatus.Running]
               select new Measurement<long>(
                   counts.GetValueOrDefault((kind, status)),
                   new KeyValuePair<string, object?>("kind", Snake(kind.ToString())),
                   new KeyValuePair<string, object?>("status", Snake(status.ToString()))),
        ];
    }

    /// <summary>The queue grain left this silo: another one reports it from now on.</summary>
    public void TrainingQueueLeft() => _queue = [];

    /// <summary>"ImportDataset" → "import_dataset".</summary>
    internal static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}

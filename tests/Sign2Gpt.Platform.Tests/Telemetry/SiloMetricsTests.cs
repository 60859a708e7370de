using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Training;
using Sign2Gpt.Silo.Telemetry;

namespace Sign2Gpt.Platform.Tests.Telemetry;

/// <summary>The silo's instruments as a <see cref="MeterListener"/> sees them (only this test's meter factory's, whatever else runs beside it).</summary>
public sealed class SiloMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, string?> Tags)> _measured = [];

    public SiloMetricsTests()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        Metrics = new SiloMetrics(factory);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    private SiloMetrics Metrics { get; }

    [Fact]
    public void The_training_queue_gauge_reports_this_activations_queue_by_kind_and_status_and_nothing_once_the_grain_left()
    {
        Metrics.TrainingQueueChanged([Job(TrainingJobKind.Retrain, TrainingJobStatus.Queued), Job(TrainingJobKind.Retrain, TrainingJobStatus.Queued), Job(TrainingJobKind.Retrain, TrainingJobStatus.Running), Job(TrainingJobKind.ImportDataset, TrainingJobStatus.Published)]);
        _listener.RecordObservableInstruments();

        var queue = _measured.Where(m => m.Instrument == "sign2gpt.training.queue.jobs").ToDictionary(m => (m.Tags["kind"], m.Tags["status"]), m => m.Value);
        Assert.Equal(4, queue.Count);
        Assert.Equal(2, queue[("retrain", "queued")]);
        Assert.Equal(1, queue[("retrain", "running")]);
        Assert.Equal(0, queue[("import_dataset", "queued")]);
        Assert.Equal(0, queue[("import_dataset", "running")]);

        _measured.Clear();
        Metrics.TrainingQueueLeft();
        _listener.RecordObservableInstruments();

        Assert.DoesNotContain(_measured, m => m.Instrument == "sign2gpt.training.queue.jobs");
    }

    [Fact]
    public void Sessions_chunks_and_translations_are_counted_with_snake_case_tags()
    {
        Metrics.SessionStarted("de");
        Metrics.ChunkAccepted(ChunkStatus.Held);
        Metrics.ChunkRefused(RejectionCode.ChunkTooLarge);
        Metrics.Translated("cpu", isFinal: true, "de@v2", TimeSpan.FromMilliseconds(250));
        Metrics.SessionEnded("de", SessionStatus.Completed);

        Assert.Contains(_measured, m => m.Instrument == "sign2gpt.sessions.started" && m.Value == 1 && m.Tags["language"] == "de");
        Assert.Contains(_measured, m => m.Instrument == "sign2gpt.chunks.accepted" && m.Tags["status"] == "held");
        Assert.Contains(_measured, m => m.Instrument == "sign2gpt.chunks.refused" && m.Tags["reason"] == "chunk_too_large");
        Assert.Contains(_measured, m => m.Instrument == "sign2gpt.inference.duration" && m.Value == 0.25 && m.Tags["device"] == "cpu" && m.Tags["kind"] == "final");
        Assert.Contains(_measured, m => m.Instrument == "sign2gpt.translations" && m.Tags["adapter"] == "de@v2" && m.Tags["kind"] == "final");
        Assert.Contains(_measured, m => m.Instrument == "sign2gpt.sessions.ended" && m.Tags["language"] == "de" && m.Tags["outcome"] == "completed");
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value?.ToString();
        }

        lock (_measured)
        {
            _measured.Add((instrument.Name, value, copy));
        }
    }

    private static TrainingJob Job(TrainingJobKind kind, TrainingJobStatus status) =>
        new(Guid.NewGuid(), new TrainingJobRequest(null, "de", "dataset", new TrainingJobSettings(), "tests", Kind: kind), status, DateTimeOffset.UtcNow, null, 0, null, null, null);
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Contracts.Datasets;
using Sign2Gpt.Contracts.Training;
using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Trainer.Hosting;
using Sign2Gpt.Trainer.Jobs;
using Sign2Gpt.Trainer.Telemetry;
using Sign2Gpt.Training.Evaluation;
using Sign2Gpt.Training.Runs;
using Sign2Gpt.Training.Training;
using LoopProgress = Sign2Gpt.Training.Training.TrainingProgress;

namespace Sign2Gpt.Trainer.Retraining;

/// <summary>
/// Runs retrain jobs: the dataset's features (cached), adapter training on the served bundle's frozen base starting
/// from what the tenant is served now (checkpointed every epoch), scoring candidate and served version on the
/// language's reference set and the dataset's held-out split, the gate, and publishing with lineage.
/// </summary>
internal sealed partial class RetrainWorker(
    IClusterClient cluster,
    ServedBundle served,
    ReferenceSets references,
    TrainingServices training,
    IOptions<DatasetStorageOptions> storage,
    IOptions<TrainerOptions> options,
    TrainerMetrics metrics,
    ILogger<RetrainWorker> logger) : JobWorker(cluster, options, metrics, logger)
{
    protected override TrainingJobKind Kind => TrainingJobKind.Retrain;

    protected override async Task<TrainingJobOutcome> RunAsync(TrainingJob job, JobLease lease)
    {
        var request = job.Request;
        var token = lease.Token;
        await lease.StageAsync("preparing", 0);
        // The queue took the job only for a ready dataset of the owner in its language.
        var dataset = Path.GetFullPath(DatasetFolders.Imported(storage.Value.Directory, request.TenantId, request.DatasetId));
        var translator = served.Translator;
        var bundle = translator.Bundle;
        var rank = request.Settings.Rank ?? bundle.Manifest.Architecture.LoraRank;
        if (rank != bundle.Manifest.Architecture.LoraRank)
        {
            // The exported decoder takes its LoRA tensors as inputs of fixed shape; another rank would not load.
            return TrainingJobOutcome.WithoutScores(TrainingJobStatus.Failed,
                $"Adapters of the base model {bundle.Manifest.Name}@v{bundle.Manifest.ModelVersion} have rank {bundle.Manifest.Architecture.LoraRank}; rank {rank} cannot be served by it.");
        }

        var registry = Cluster.GetGrain<IAdapterRegistryGrain>(request.Language);
        var rollout = await registry.GetRolloutAsync(token);
        var existing = rollout.Versions.FirstOrDefault(v => v.Lineage?.JobId == job.JobId);
        if (existing is not null)
        {
            // A worker that died between publishing and reporting: the version is out, the job is done.
            return TrainingJobOutcome.WithoutScores(TrainingJobStatus.Published, $"Published {existing.Name} (before the previous worker stopped).") with
            {
                PublishedVersion = existing.Version,
                CandidateScores = existing.Metrics,
            };
        }

        var live = await ServedAdapter.ResolveAsync(rollout, registry, bundle, request.TenantId, token);
        var referenceSet = await references.GetAsync(request.Language, token);
        var settings = Options;
        var trainingOptions = TrainingOptions.Retrain(request.Settings.Epochs ?? settings.DefaultEpochs, request.Settings.LearningRate ?? settings.DefaultLearningRate, settings.BatchSize);
        var retention = settings.Retention with { AnchorWeight = request.Settings.Anchor ?? settings.AnchorWeight };

        await lease.StageAsync("features", 0.02);
        var checkpoint = Path.Combine(settings.WorkDirectory, "jobs", job.JobId.ToString("N"), "checkpoint");
        var result = await BundleAdaptRun.RunAsync(
            new BundleAdaptRun.Settings(bundle, [dataset], request.Language, LoraAdapterFile.Read(live.Bytes), trainingOptions, checkpoint, retention),
            training,
            new SynchronousProgress<(string Corpus, int Done, int Total)>(p => _ = lease.StageAsync("features", 0.02 + (0.18 * p.Done / Math.Max(1, p.Total)))),
            TrainingReporter(lease),
            token);
        if (result.ResumedFromEpoch > 0)
        {
            LogResumed(logger, job.JobId, result.ResumedFromEpoch);
        }

        await lease.StageAsync("evaluating", 0.8);
        using var candidate = OrtLoraAdapter.Create(LoraAdapterFile.Write(result.Adapter), null);
        using var liveAdapter = OrtLoraAdapter.Create(live.Bytes, null);
        var comparison = await AdapterComparison.RunAsync(translator, new SelectedAdapter(candidate, "candidate"), new SelectedAdapter(liveAdapter, live.Name),
            referenceSet, dataset, training, new SynchronousProgress<double>(f => _ = lease.StageAsync("evaluating", 0.8 + (0.15 * f))), token);
        var (candidateReference, liveReference, candidateHeldOut, liveHeldOut) = comparison;
        var (passed, reason) = new AdapterGate(settings.GateMargin).Decide(comparison);
        var outcome = new TrainingJobOutcome(
            passed ? TrainingJobStatus.Published : TrainingJobStatus.Rejected,
            reason,
            AdapterGate.Scores(candidateReference),
            AdapterGate.Scores(liveReference),
            null,
            candidateHeldOut is null ? null : AdapterGate.Scores(candidateHeldOut),
            liveHeldOut is null ? null : AdapterGate.Scores(liveHeldOut),
            result.ResumedFromEpoch);
        if (!passed)
        {
            return outcome;
        }

        await lease.StageAsync("publishing", 0.95);
        var lineage = new AdapterLineage(
            $"{bundle.Manifest.Name}@v{bundle.Manifest.ModelVersion}",
            request.DatasetId,
            result.DataHash,
            string.Create(CultureInfo.InvariantCulture, $"epochs {trainingOptions.Epochs} (kept {result.KeptEpoch}), lr {trainingOptions.LearningRate:G4}, rank {rank}, batch {trainingOptions.BatchSize}, anchor {retention.AnchorWeight:G4}, from {live.Name}"),
            job.JobId);
        var shipped = bundle.Manifest.Adapters.FirstOrDefault(a => a.Language == request.Language)?.Version ?? 0;
        var published = await PublishAsync(registry, result.Adapter, shipped, request, outcome.CandidateScores, lineage, token);
        if (request.AutoCanary is { } share)
        {
            await registry.StartCanaryAsync(published.Version, share, $"trainer (auto canary for {request.RequestedBy})", token);
        }

        Directory.Delete(Path.GetDirectoryName(checkpoint)!, recursive: true);
        return outcome with
        {
            PublishedVersion = published.Version,
            Message = $"Published {published.Name}{(request.AutoCanary is { } s ? string.Create(CultureInfo.InvariantCulture, $" as a {s:P0} canary") : "")}. {outcome.Message}",
        };
    }

    /// <summary>Gives the adapter the next free version; two jobs publishing at once both get one.</summary>
    private static async Task<AdapterVersionInfo> PublishAsync(
        IAdapterRegistryGrain registry, LoraAdapter trained, int shippedVersion, TrainingJobRequest request, IReadOnlyDictionary<string, double> metrics, AdapterLineage lineage, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var rollout = await registry.GetRolloutAsync(cancellationToken);
            var version = rollout.Versions.Select(v => v.Version).Append(shippedVersion).Max() + 1;
            var bytes = LoraAdapterFile.Write(new LoraAdapter(version, trained.ModelVersion, trained.Parameters));
            try
            {
                return await registry.PublishAsync(
                    new AdapterPublication(bytes, request.TenantId, $"trainer (job for {request.RequestedBy})", metrics, lineage), cancellationToken);
            }
            catch (AdapterRejectedException) when (attempt < 3)
            {
                if (!(await registry.GetRolloutAsync(cancellationToken)).Versions.Any(v => v.Version == version))
                {
                    throw;
                }
            }
        }
    }

    private static SynchronousProgress<LoopProgress> TrainingReporter(JobLease lease)
    {
        var clock = Stopwatch.StartNew();
        long? firstStep = null;
        return new SynchronousProgress<LoopProgress>(p =>
        {
            firstStep ??= p.Step - 1;
            var done = p.Step - firstStep.Value;
            var remaining = done > 0 ? clock.Elapsed * ((double)(p.TotalSteps - p.Step) / done) : (TimeSpan?)null;
            lease.Training(p.Epoch, p.Epochs, p.Loss, 0.2 + (0.6 * p.Step / Math.Max(1, p.TotalSteps)), remaining);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} resumed from its checkpoint after epoch {Epoch}")]
    private static partial void LogResumed(ILogger logger, Guid jobId, int epoch);
}

using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Training;

/// <summary>
/// The optimisation loop every stage shares: seeded shuffling per epoch, AdamW, the warm-up + cosine
/// schedule per step, gradient norm and value clipping, an optional evaluation per epoch, and a
/// checkpoint after every epoch from which an interrupted run resumes. A run may keep the weights of its best
/// epoch by a validation figure instead of its last (early stopping for small datasets that over-fit).
/// </summary>
public sealed class TrainingLoop(ILogger<TrainingLoop> logger)
{
    /// <param name="Stage">Name recorded in the checkpoint, so one folder never mixes stages.</param>
    /// <param name="Model">The module whose weights are checkpointed.</param>
    /// <param name="Parameters">What the optimizer updates.</param>
    /// <param name="KeepBestBy">A validation figure (lower is better); when set, the model ends with the weights of the epoch where it was lowest.</param>
    public sealed record Run(
        string Stage, nn.Module Model, IReadOnlyList<Parameter> Parameters, int ExampleCount, TrainingOptions Options, string CheckpointDirectory, string? KeepBestBy = null);

    /// <summary>The epoch whose weights a run with <see cref="Run.KeepBestBy"/> ends with: the lowest figure, the earliest on ties; null when no epoch has it.</summary>
    public static int? BestEpoch(IReadOnlyList<EpochRecord> history, string figure) =>
        history.Where(e => e.Validation.ContainsKey(figure)).OrderBy(e => e.Validation[figure]).ThenBy(e => e.Epoch).FirstOrDefault()?.Epoch;

    /// <param name="loss">Loss of one batch, given the example indices; called in training mode.</param>
    /// <param name="evaluate">Validation figures after an epoch (model in eval mode), or null.</param>
    public IReadOnlyList<EpochRecord> Train(
        Run run,
        Func<IReadOnlyList<int>, Tensor> loss,
        Func<IReadOnlyDictionary<string, double>>? evaluate,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        if (run.ExampleCount == 0)
        {
            throw new ArgumentException($"Stage '{run.Stage}' has no training examples.", nameof(run));
        }

        var options = run.Options;
        Directory.CreateDirectory(run.CheckpointDirectory);
        var batchesPerEpoch = (run.ExampleCount + options.BatchSize - 1) / options.BatchSize;
        var schedule = new LearningRateSchedule(options.LearningRate, (long)options.WarmupEpochs * batchesPerEpoch, (long)options.Epochs * batchesPerEpoch);
        using var optimizer = optim.AdamW(run.Parameters, options.LearningRate, weight_decay: options.WeightDecay);

        var resumed = CheckpointState.Load(run.CheckpointDirectory, run.Stage);
        var history = resumed?.History.ToList() ?? [];
        var step = resumed?.Step ?? 0;
        if (resumed is not null)
        {
            run.Model.load(CheckpointState.ModelPath(run.CheckpointDirectory));
            optimizer.load_state_dict(CheckpointState.OptimizerPath(run.CheckpointDirectory));
            logger.LogInformation("Resuming {Stage} after epoch {Epoch} (step {Step}) from {Directory}", run.Stage, resumed.CompletedEpochs, step, run.CheckpointDirectory);
        }

        for (var epoch = (resumed?.CompletedEpochs ?? 0) + 1; epoch <= options.Epochs; epoch++)
        {
            run.Model.train();
            var order = EpochOrder(run.ExampleCount, options.Seed, epoch);
            var clock = Stopwatch.StartNew();
            var (lossSum, seen) = (0.0, 0);
            foreach (var batch in order.Chunk(options.BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                var rate = schedule.At(step);
                foreach (var group in optimizer.ParamGroups)
                {
                    group.LearningRate = rate;
                }

                var value = Gradients(run, optimizer, loss, batch, step);
                optimizer.step();
                step++;
                var batchLoss = value.item<float>();
                lossSum += batchLoss * batch.Length;
                seen += batch.Length;
                progress?.Report(new TrainingProgress(run.Stage, epoch, options.Epochs, step, schedule.TotalSteps, batchLoss, rate, seen / clock.Elapsed.TotalSeconds));
            }

            IReadOnlyDictionary<string, double> validation = new Dictionary<string, double>();
            if (evaluate is not null)
            {
                run.Model.eval();
                using var noGrad = no_grad();
                validation = evaluate();
            }

            history.Add(new EpochRecord(epoch, lossSum / seen, validation));
            logger.LogInformation("{Stage} epoch {Epoch}/{Epochs}: loss {Loss:0.0000} {Validation}", run.Stage, epoch, options.Epochs, lossSum / seen,
                string.Join(" ", validation.Select(v => $"{v.Key} {v.Value:0.00}")));
            // The best epoch's weights are kept under its own number, and older ones deleted only once the progress
            // naming the new best is written, so a run killed in between resumes with the file its history names.
            var bestSoFar = run.KeepBestBy is { } figure ? BestEpoch(history, figure) : null;
            if (bestSoFar == epoch)
            {
                SaveAtomically(run.Model, CheckpointState.BestModelPath(run.CheckpointDirectory, epoch));
            }

            SaveCheckpoint(run, optimizer, new CheckpointState(run.Stage, epoch, step, history));
            if (bestSoFar == epoch)
            {
                CheckpointState.DeleteBestModelsBut(run.CheckpointDirectory, epoch);
            }
        }

        if (run.KeepBestBy is { } best && BestEpoch(history, best) is { } bestEpoch && bestEpoch != history[^1].Epoch)
        {
            run.Model.load(CheckpointState.BestModelPath(run.CheckpointDirectory, bestEpoch));
            logger.LogInformation("{Stage} keeps epoch {Epoch} of {Epochs}, the lowest {Figure}", run.Stage, bestEpoch, options.Epochs, best);
        }

        return history;
    }

    /// <summary>
    /// Zeroes the gradients, computes the batch loss and its clipped gradients; nothing is updated yet. A native error
    /// here is retried once: a stage 2 run died after tens of thousands of steps in THSTensor_add on a Scalar with no
    /// valid type ("Expected false to be true" from c10::Scalar::toFloat), most likely because TorchSharp's
    /// `tensor + tensor` passes the handle of a Scalar it does not keep alive, which a GC on another thread can free
    /// mid-call. Weights and optimizer state are untouched before optimizer.step(), so the retry trains exactly as an
    /// undisturbed step would; a second failure is a real error.
    /// </summary>
    private Tensor Gradients(Run run, OptimizerHelper optimizer, Func<IReadOnlyList<int>, Tensor> loss, IReadOnlyList<int> batch, long step)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                optimizer.zero_grad();
                var value = loss(batch);
                value.backward();
                nn.utils.clip_grad_norm_(run.Parameters, run.Options.ClipNorm);
                nn.utils.clip_grad_value_(run.Parameters, run.Options.ClipValue);
                return value;
            }
            catch (ExternalException error) when (attempt == 1)
            {
                logger.LogWarning(error, "{Stage} step {Step}: native error, retrying the batch once: {Message}", run.Stage, step, error.Message.Split('\n')[0]);
            }
        }
    }

    private static void SaveAtomically(nn.Module model, string path)
    {
        model.save(path + ".tmp");
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static void SaveCheckpoint(Run run, OptimizerHelper optimizer, CheckpointState state)
    {
        var optimizerPath = CheckpointState.OptimizerPath(run.CheckpointDirectory);
        SaveAtomically(run.Model, CheckpointState.ModelPath(run.CheckpointDirectory));
        optimizer.save_state_dict(optimizerPath + ".tmp");
        File.Move(optimizerPath + ".tmp", optimizerPath, overwrite: true);
        state.Save(run.CheckpointDirectory);
    }

    /// <summary>
    /// The order examples are visited in one epoch: the same in every process for a seed (HashCode.Combine would not be:
    /// it is randomised per process, which made two runs of one seed differ).
    /// </summary>
    internal static int[] EpochOrder(int exampleCount, int seed, int epoch)
    {
        var order = Enumerable.Range(0, exampleCount).ToArray();
        new Random(unchecked((seed * 1_000_003) + epoch)).Shuffle(order);
        return order;
    }
}

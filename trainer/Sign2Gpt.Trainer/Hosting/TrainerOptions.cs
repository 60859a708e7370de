using Sign2Gpt.Training.Runs;
using Sign2Gpt.Training.Stages;

namespace Sign2Gpt.Trainer.Hosting;

/// <summary>How a trainer worker runs its jobs ("Trainer").</summary>
public sealed class TrainerOptions
{
    public const string Section = "Trainer";

    /// <summary>How the queue knows this worker; unique per process.</summary>
    public string WorkerName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Checkpoints per job and the generated reference sets.</summary>
    public string WorkDirectory { get; set; } = "trainer-work";

    /// <summary>How long an idle worker waits before asking the queue again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a running job renews its lease (well inside the queue's lease duration).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>BLEU-4 and ROUGE-L points a candidate may trail the live version by, on the reference set and on the dataset's held-out videos, and still be published.</summary>
    public double GateMargin { get; set; } = RetrainDefaults.GateMargin;

    /// <summary>
    /// Held-out videos per language in the reference set the gate scores on. With 40, corpus BLEU-4 of equally good
    /// candidates swung by 2–4 points between runs, more than the margin; 100 keeps the gate's verdicts steady.
    /// </summary>
    public int ReferenceVideos { get; set; } = 100;

    /// <summary>Seed of the generated SynthSign reference sets: its signers are none of the demo model's.</summary>
    public long ReferenceSeed { get; set; } = 9001;

    public int DefaultEpochs { get; set; } = RetrainDefaults.Epochs;

    public double DefaultLearningRate { get; set; } = RetrainDefaults.LearningRate;

    public int BatchSize { get; set; } = 16;

    /// <summary>Weight of the pull of a retrain towards the adapter it starts from (L2-SP); 0 turns it off.</summary>
    public double AnchorWeight { get; set; } = RetrainDefaults.Anchor;

    /// <summary>A retrain ends with the epoch of the lowest loss on the dataset's dev videos rather than its last.</summary>
    public bool KeepBestDevEpoch { get; set; } = true;

    public AdapterRetention Retention => new(AnchorWeight, KeepBestDevEpoch);
}

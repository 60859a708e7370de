using System.Text.Json;

namespace Sign2Gpt.Training.Training;

/// <summary>
/// Where a stage stands, written after every epoch beside the model and optimizer state, so an
/// interrupted run resumes at the next epoch with the same data order.
/// </summary>
public sealed record CheckpointState(string Stage, int CompletedEpochs, long Step, IReadOnlyList<EpochRecord> History)
{
    private const string FileName = "progress.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string ModelPath(string directory) => Path.Combine(directory, "model.bin");

    /// <summary>Weights of an epoch that was the best so far, for runs that keep their best epoch rather than their last.</summary>
    public static string BestModelPath(string directory, int epoch) => Path.Combine(directory, $"best-model-{epoch}.bin");

    public static void DeleteBestModelsBut(string directory, int epoch)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "best-model-*.bin").Where(f => f != BestModelPath(directory, epoch)))
        {
            File.Delete(file);
        }
    }

    public static string OptimizerPath(string directory) => Path.Combine(directory, "optimizer.bin");

    public static CheckpointState? Load(string directory, string stage)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path) || !File.Exists(ModelPath(directory)) || !File.Exists(OptimizerPath(directory)))
        {
            return null;
        }

        var state = JsonSerializer.Deserialize<CheckpointState>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"Checkpoint '{path}' is empty.");
        return state.Stage == stage
            ? state
            : throw new InvalidOperationException($"Checkpoint folder '{directory}' belongs to stage '{state.Stage}', not '{stage}'; use another --out.");
    }

    /// <summary>Writes the progress file last and atomically, after the weights it describes are in place.</summary>
    public void Save(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }
}

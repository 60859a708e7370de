using System.Text.Json;
using Sign2Gpt.Training.Training;

namespace Sign2Gpt.Training.Runs;

/// <summary>summary.json of a run: what was trained, on what, with which settings, and how it went.</summary>
public sealed record RunSummary(
    string Stage,
    string Config,
    int Seed,
    string DataHash,
    IReadOnlyList<string> Corpora,
    TrainingOptions Options,
    IReadOnlyList<EpochRecord> History,
    IReadOnlyDictionary<string, double> Metrics,
    double Seconds)
{
    public const string FileName = "summary.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>A summary whose metrics are the last epoch's validation figures plus <paramref name="extra"/>.</summary>
    public static RunSummary FromHistory(
        string stage,
        Model.ModelConfig config,
        TrainingOptions options,
        string dataHash,
        IReadOnlyList<string> corpora,
        IReadOnlyList<EpochRecord> history,
        TimeSpan elapsed,
        IReadOnlyDictionary<string, double>? extra = null)
    {
        var metrics = history.Count > 0 ? new Dictionary<string, double>(history[^1].Validation) : [];
        foreach (var (key, value) in extra ?? new Dictionary<string, double>())
        {
            metrics[key] = value;
        }

        return new RunSummary(stage, config.Name, options.Seed, dataHash, corpora, options, history, metrics, elapsed.TotalSeconds);
    }

    public async Task SaveAsync(string directory, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Json), cancellationToken);

    public static RunSummary Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path)
            ? JsonSerializer.Deserialize<RunSummary>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"'{path}' is empty.")
            : throw new FileNotFoundException($"'{directory}' holds no finished run ({FileName} is missing).", path);
    }
}

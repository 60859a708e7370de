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

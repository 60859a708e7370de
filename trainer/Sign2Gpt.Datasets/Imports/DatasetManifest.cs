using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sign2Gpt.Datasets.Imports;

/// <summary>
/// Written beside an imported dataset's annotations: its spoken language (a PHOENIX-2014-T layout says nothing of
/// it), where it came from and when.
/// </summary>
public sealed record DatasetManifest(
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("source_layout")] string SourceLayout,
    [property: JsonPropertyName("source_sha256")] string SourceSha256,
    [property: JsonPropertyName("imported_utc")] DateTimeOffset ImportedUtc)
{
    public const string FileName = "sign2gpt-dataset.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static DatasetManifest? Read(string root)
    {
        var path = Path.Combine(root, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<DatasetManifest>(File.ReadAllText(path)) : null;
    }

    public Task WriteAsync(string root, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(root, FileName), JsonSerializer.Serialize(this, Indented), cancellationToken);
}

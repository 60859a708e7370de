namespace Sign2Gpt.Contracts.Datasets;

/// <summary>
/// The folder the web front end and the trainer workers share ("Datasets"): uploads arrive there and imports are kept
/// there (see <see cref="DatasetFolders"/>). On Kubernetes it is a volume both mount.
/// </summary>
public sealed class DatasetStorageOptions
{
    public const string Section = "Datasets";

    public string Directory { get; set; } = "datasets";

    /// <summary>The largest zip one upload may be; the front end stops reading beyond it.</summary>
    public long MaxUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;
}

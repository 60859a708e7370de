namespace Sign2Gpt.Contracts.Datasets;

/// <summary>
/// Where datasets live in the folder the web front end and the trainer workers share ("Datasets:Directory"): uploads
/// as the zips that arrived, imports unpacked in the PHOENIX-2014-T layout, one folder per owner.
/// </summary>
public static class DatasetFolders
{
    /// <summary>The catalog grain key and folder name of the platform's own (global) datasets.</summary>
    public const string PlatformOwner = "_platform";

    public static string Owner(string? tenantId) => tenantId ?? PlatformOwner;

    public static string Upload(string root, string datasetId) => Path.Combine(root, "uploads", Checked(datasetId) + ".zip");

    public static string Imported(string root, string? tenantId, string datasetId) => Path.Combine(root, "imported", Owner(tenantId), Checked(datasetId));

    /// <summary>Ids are made by the front end as 32 hex digits; anything else could walk out of the folder.</summary>
    private static string Checked(string datasetId) =>
        datasetId.Length == 32 && datasetId.All(Uri.IsHexDigit) ? datasetId : throw new ArgumentException($"'{datasetId}' is not a dataset id.", nameof(datasetId));
}

namespace Sign2Gpt.Silo.Datasets;

/// <summary>Quotas on what one owner may upload ("Datasets"; the size of one upload is capped by the front end that receives it).</summary>
public sealed class DatasetCatalogOptions
{
    public const string Section = "Datasets";

    /// <summary>Datasets one owner may keep (refused ones do not count).</summary>
    public int MaxPerOwner { get; set; } = 20;

    /// <summary>All of one owner's kept uploads together.</summary>
    public long MaxBytesPerOwner { get; set; } = 10L * 1024 * 1024 * 1024;
}

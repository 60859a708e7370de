namespace Sign2Gpt.Datasets.Imports;

/// <summary>How large an uploaded dataset may be, unpacked.</summary>
public sealed record DatasetLimits(long MaxBytes, int MaxFiles, int MaxVideos)
{
    public static DatasetLimits Default { get; } = new(MaxBytes: 2L * 1024 * 1024 * 1024, MaxFiles: 200_000, MaxVideos: 5_000);
}

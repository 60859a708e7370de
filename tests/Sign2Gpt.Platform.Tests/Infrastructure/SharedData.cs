namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>Inputs from shared/, which sits beside the repository root (the folder holding the solution).</summary>
public static class SharedData
{
    /// <summary>The real signer video (58 frames, 540x720 portrait, H.264).</summary>
    public static string RealSignerVideo { get; } = Path.Combine(RepositoryRoot(), "..", "shared", "data", "real", "signer_webcam_58f.mp4");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sign2Gpt.Platform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No Sign2Gpt.Platform.sln above the test binaries.");
    }
}

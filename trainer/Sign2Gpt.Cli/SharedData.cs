namespace Sign2Gpt.Cli;

/// <summary>Inputs that live beside the repository in shared/ (the real signer video for smoke runs and benchmarks).</summary>
internal static class SharedData
{
    public static string RealSignerVideo =>
        Path.Combine(RepositoryRoot ?? Directory.GetCurrentDirectory(), "..", "shared", "data", "real", "signer_webcam_58f.mp4");

    private static string? RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Sign2Gpt.Platform.sln")))
                {
                    return directory.FullName;
                }
            }

            return null;
        }
    }
}

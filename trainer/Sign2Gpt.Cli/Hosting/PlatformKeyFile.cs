namespace Sign2Gpt.Cli.Hosting;

/// <summary>The keys <c>./sign2gpt up</c> writes into the repository's build folder: the demo tenant's and the operator's.</summary>
internal static class PlatformKeyFile
{
    public const string SolutionFile = "Sign2Gpt.Platform.sln";

    /// <summary>The demo tenant's API key, relative to the repository root.</summary>
    public static readonly string DemoApiKey = Path.Combine(".build", "platform", "demo-api-key");

    /// <summary>The operator key of the admin API, relative to the repository root.</summary>
    public static readonly string OperatorKey = Path.Combine(".build", "platform", "operator-key");

    /// <summary>The key in <paramref name="relativePath"/>, or null when no repository root or no key file is found.</summary>
    public static string? Find(string relativePath)
    {
        // The current directory first, as the user would expect; then the CLI's own folder, which ./sign2gpt builds
        // inside the repository (.build/cli), so the demo also works when run from elsewhere.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            if (RepositoryRoot(start) is { } root && File.Exists(Path.Combine(root, relativePath)))
            {
                var key = File.ReadAllText(Path.Combine(root, relativePath)).Trim();
                if (key.Length > 0)
                {
                    return key;
                }
            }
        }

        return null;
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds the solution file.</summary>
    public static string? RepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}

namespace Sign2Gpt.Cli.Client;

/// <summary>The demo tenant's API key, which <c>./sign2gpt up</c> writes into the repository's build folder.</summary>
internal static class DemoApiKey
{
    public const string SolutionFile = "Sign2Gpt.Platform.sln";

    /// <summary>Where the key lives, relative to the repository root.</summary>
    public static readonly string RelativePath = Path.Combine(".build", "platform", "demo-api-key");

    /// <summary>The key, or null when no repository root or no key file is found.</summary>
    public static string? Find()
    {
        // The current directory first, as the user would expect; then the CLI's own folder, which ./sign2gpt builds
        // inside the repository (.build/cli), so the demo also works when run from elsewhere.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            if (RepositoryRoot(start) is { } root && File.Exists(Path.Combine(root, RelativePath)))
            {
                var key = File.ReadAllText(Path.Combine(root, RelativePath)).Trim();
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

namespace Sign2Gpt.Text.Tests.PseudoGlosses;

/// <summary>
/// Finds the hand-labelled data beside this source folder by walking up from the test binaries, so the
/// files need no copy step in the test project.
/// </summary>
internal static class TestData
{
    private const string RelativePath = "tests/Sign2Gpt.Text.Tests/PseudoGlosses/Data";

    public static string Directory { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"{RelativePath} not found above {AppContext.BaseDirectory}.");
    }
}

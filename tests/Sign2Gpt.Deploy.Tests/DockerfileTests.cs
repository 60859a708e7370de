namespace Sign2Gpt.Deploy.Tests;

/// <summary>
/// The images as the issue asks for them, checked from the Dockerfiles' text (no image builder runs here): multi-stage,
/// the app published from a project that exists, a non-root user, ffmpeg where video is decoded, and the entry
/// point the published app's assembly.
/// </summary>
public sealed class DockerfileTests
{
    public static TheoryData<string, string> Images => new()
    {
        { "silo.Dockerfile", "silo/Sign2Gpt.Silo/Sign2Gpt.Silo.csproj" },
        { "silo-gpu.Dockerfile", "silo/Sign2Gpt.Silo/Sign2Gpt.Silo.csproj" },
        { "web.Dockerfile", "web/Sign2Gpt.Web/Sign2Gpt.Web.csproj" },
        { "trainer.Dockerfile", "trainer/Sign2Gpt.Trainer/Sign2Gpt.Trainer.csproj" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void An_image_is_built_in_stages_from_its_project_and_runs_it_as_a_non_root_user(string dockerfile, string project)
    {
        var lines = File.ReadAllLines(Path.Combine(DeployFolder.Docker, dockerfile)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var assembly = Path.GetFileNameWithoutExtension(project) + ".dll";

        Assert.True(File.Exists(Path.Combine(DeployFolder.Root, project)), project);
        Assert.True(lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)) >= 2, "multi-stage");
        Assert.Contains(lines, l => l.StartsWith("RUN dotnet publish " + project, StringComparison.Ordinal));
        var user = lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..];
        Assert.DoesNotContain(user, new[] { "root", "0" });
        Assert.True(lines.IndexOf(lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))) > lines.FindLastIndex(l => l.StartsWith("RUN ", StringComparison.Ordinal)), "USER after the last RUN");
        Assert.Equal($"ENTRYPOINT [\"dotnet\", \"{assembly}\"]", lines[^1]);
        Assert.Contains(lines, l => l.Contains("ffmpeg", StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_context_leaves_out_build_outputs_and_history()
    {
        var ignored = File.ReadAllLines(Path.Combine(DeployFolder.Root, ".dockerignore"));

        Assert.Superset(new HashSet<string> { ".git", ".build", "**/bin", "**/obj" }, ignored.ToHashSet());
    }
}

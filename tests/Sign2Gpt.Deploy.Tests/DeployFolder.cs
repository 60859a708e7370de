using k8s;

namespace Sign2Gpt.Deploy.Tests;

/// <summary>The repository's deploy/ folder, and its Kubernetes manifests read strictly: an unknown field is an error, as kubectl's server-side validation makes it.</summary>
public static class DeployFolder
{
    public static string Root { get; } = FindRoot();

    public static string Kubernetes => Path.Combine(Root, "deploy", "k8s");

    public static string Docker => Path.Combine(Root, "deploy", "docker");

    /// <summary>Every object of every manifest but the kustomization, with the file it is in.</summary>
    public static IReadOnlyList<(string File, object Object)> Objects { get; } = Load();

    public static IEnumerable<T> All<T>() => Objects.Select(o => o.Object).OfType<T>();

    public static IEnumerable<string> ManifestFiles =>
        Directory.GetFiles(Kubernetes, "*.yaml").Where(f => Path.GetFileName(f) != "kustomization.yaml").Order(StringComparer.Ordinal);

    private static List<(string, object)> Load() =>
        [.. ManifestFiles.SelectMany(file => KubernetesYaml.LoadAllFromString(File.ReadAllText(file), strict: true).Select(o => (Path.GetFileName(file), o)))];

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sign2Gpt.Platform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Sign2Gpt.Platform.sln) is not above the test output.");
    }
}

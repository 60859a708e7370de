namespace Sign2Gpt.Datasets.Tests.SynthSign;

/// <summary>A fresh folder under the temp directory, deleted with everything in it.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sign2gpt-synthsign-tests", Guid.NewGuid().ToString("N"));

    public string Sub(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

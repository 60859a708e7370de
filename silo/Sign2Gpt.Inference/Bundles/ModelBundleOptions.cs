namespace Sign2Gpt.Inference.Bundles;

public sealed class ModelBundleOptions
{
    public const string Section = "Bundle";

    /// <summary>The bundle folder; by default the demo bundle shipped next to the application.</summary>
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "models", "demo");
}

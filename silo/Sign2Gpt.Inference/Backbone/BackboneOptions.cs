namespace Sign2Gpt.Inference.Backbone;

public sealed class BackboneOptions
{
    public const string Section = "Backbone";

    /// <summary>Folder holding ResNet18.onnx and ResNetPreprocess.onnx (copied there by the build).</summary>
    public string ModelDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "models", "resnet18");

    /// <summary>Frames per ONNX Runtime call; larger batches amortise per-call overhead, bounded by memory.</summary>
    public int BatchSize { get; set; } = 16;
}

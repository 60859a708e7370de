namespace Sign2Gpt.Inference.Onnx;

/// <summary>Which device ONNX Runtime sessions run on, and how many CPU threads they may use.</summary>
public sealed class InferenceOptions
{
    public const string Section = "Inference";

    /// <summary>"auto" (CUDA when it loads, else CPU), "cpu", or "cuda" / "cuda:N".</summary>
    public string Device { get; set; } = "auto";

    /// <summary>Threads inside one operator; 0 lets ONNX Runtime use every core.</summary>
    public int IntraOpThreads { get; set; }
}

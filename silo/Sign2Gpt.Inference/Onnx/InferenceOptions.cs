namespace Sign2Gpt.Inference.Onnx;

/// <summary>Which device ONNX Runtime sessions run on, and how many CPU threads they may use.</summary>
public sealed class InferenceOptions
{
    public const string Section = "Inference";

    /// <summary>"auto" (CUDA when it loads, else CPU), "cpu", or "cuda" / "cuda:N".</summary>
    public string Device { get; set; } = "auto";

    /// <summary>Threads inside one operator; 0 lets ONNX Runtime use every core.</summary>
    public int IntraOpThreads { get; set; }

    /// <summary>
    /// Threads inside one decoder operator. One incremental decoding step is too small to split: on 2 cores the
    /// hand-offs cost more than they save (0.59 ms/token on one thread against 1.76 ms on two, `bench translate`),
    /// and concurrent sessions keep the other cores busy.
    /// </summary>
    public int DecoderIntraOpThreads { get; set; } = 1;
}

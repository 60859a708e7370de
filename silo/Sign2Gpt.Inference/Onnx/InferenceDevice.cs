namespace Sign2Gpt.Inference.Onnx;

/// <summary>The device an ONNX Runtime session actually runs on.</summary>
public sealed record InferenceDevice(string Provider, int Index)
{
    public static InferenceDevice Cpu { get; } = new("CPU", 0);

    public static InferenceDevice Cuda(int index) => new("CUDA", index);

    public bool IsGpu => Provider == "CUDA";

    public override string ToString() => IsGpu ? $"cuda:{Index}" : "cpu";
}

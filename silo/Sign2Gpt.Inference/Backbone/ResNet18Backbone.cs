using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Inference.Onnx;

namespace Sign2Gpt.Inference.Backbone;

/// <summary>
/// The spatial backbone: ImageNet ResNet18 (the paper's ablation backbone) turning 224x224 RGB frames
/// into 3 x 3 x 512 grid features, batched, on the configured device. Thread-safe.
/// </summary>
public sealed class ResNet18Backbone : IDisposable
{
    /// <summary>Identifies the features this backbone produces, for caches and model bundles.</summary>
    public const string Version = "resnet18-imagenet/ml.net-0.23.1/rgb224/grid3x3";

    public const int FeatureSize = ResNet18Graph.FeatureSize;
    public const int InputSide = ResNet18Graph.Side;

    private static readonly string[] InputNames = [ResNet18Graph.Input];
    private static readonly string[] OutputNames = [ResNet18Graph.Output];

    private readonly InferenceSession _session;
    private readonly int _batchSize;

    private ResNet18Backbone(InferenceSession session, InferenceDevice device, int batchSize)
    {
        _session = session;
        Device = device;
        _batchSize = batchSize;
    }

    public InferenceDevice Device { get; }

    /// <summary>The underlying session, for benchmarks that compare against a bare run loop.</summary>
    internal InferenceSession Session => _session;

    /// <param name="onDevice">A device of this machine instead of the configured one (see <see cref="OnnxSessionFactory.Create"/>).</param>
    public static ResNet18Backbone Load(IOptions<BackboneOptions> options, OnnxSessionFactory sessions, string? onDevice = null)
    {
        var settings = options.Value;
        var resnet = Path.Combine(settings.ModelDirectory, "ResNet18.onnx");
        var preprocess = Path.Combine(settings.ModelDirectory, "ResNetPreprocess.onnx");
        foreach (var file in (string[])[resnet, preprocess])
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"Backbone model file '{file}' is missing; it is copied from the Microsoft.ML.DnnImageFeaturizer.ResNet18 package at build time.", file);
            }
        }

        var graph = ResNet18Graph.Build(File.ReadAllBytes(resnet), File.ReadAllBytes(preprocess));
        var (session, device) = sessions.Create(graph, "ResNet18 backbone", device: onDevice);
        return new ResNet18Backbone(session, device, Math.Max(1, settings.BatchSize));
    }

    /// <summary>Features of each frame, row-major: frame i occupies [i * FeatureSize, (i + 1) * FeatureSize).</summary>
    public float[] Extract(IReadOnlyList<RgbFrame> frames)
    {
        foreach (var frame in frames)
        {
            if (frame.Width != InputSide || frame.Height != InputSide || frame.Pixels.Length != frame.ByteCount)
            {
                throw new ArgumentException($"The backbone takes {InputSide}x{InputSide} RGB frames; frame {frame.Index} is {frame.Width}x{frame.Height} with {frame.Pixels.Length} bytes.", nameof(frames));
            }
        }

        var features = new float[frames.Count * FeatureSize];
        var frameBytes = InputSide * InputSide * 3;
        var batch = new byte[Math.Min(_batchSize, Math.Max(frames.Count, 1)) * frameBytes];
        for (var start = 0; start < frames.Count; start += _batchSize)
        {
            var count = Math.Min(_batchSize, frames.Count - start);
            for (var i = 0; i < count; i++)
            {
                frames[start + i].Pixels.CopyTo(batch, i * frameBytes);
            }

            Run(batch.AsMemory(0, count * frameBytes), count, features.AsMemory(start * FeatureSize, count * FeatureSize));
        }

        return features;
    }

    /// <summary>
    /// Features of <paramref name="count"/> frames already packed one after another (224x224 RGB each), run in place
    /// without copying them: the silo gathers many sessions' frames into one such buffer.
    /// </summary>
    public float[] Extract(byte[] packedPixels, int count)
    {
        var frameBytes = InputSide * InputSide * 3;
        if (count < 0 || packedPixels.Length != count * frameBytes)
        {
            throw new ArgumentException($"{count} frames of {InputSide}x{InputSide} RGB take {count * frameBytes} bytes; got {packedPixels.Length}.", nameof(packedPixels));
        }

        var features = new float[count * FeatureSize];
        for (var start = 0; start < count; start += _batchSize)
        {
            var frames = Math.Min(_batchSize, count - start);
            Run(packedPixels.AsMemory(start * frameBytes, frames * frameBytes), frames, features.AsMemory(start * FeatureSize, frames * FeatureSize));
        }

        return features;
    }

    /// <summary>One runtime call writing straight into <paramref name="output"/>, with no copies of its own.</summary>
    internal void Run(Memory<byte> pixels, int count, Memory<float> output)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, pixels, [count, InputSide, InputSide, 3]);
        using var result = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, output, [count, FeatureSize]);
        using var runOptions = new RunOptions();
        _session.Run(runOptions, InputNames, [input], OutputNames, [result]);
    }

    public void Dispose() => _session.Dispose();
}

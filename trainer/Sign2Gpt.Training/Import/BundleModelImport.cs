using Onnx;
using Sign2Gpt.Training.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Import;

/// <summary>
/// Rebuilds a model's weights from a bundle's ONNX graphs, so that adapters are retrained on exactly the base the
/// silos serve, with nothing but the bundle. The exporters name every weight by its state-dict name: as it is,
/// transposed ("…_t"), or stored as float16 ("….fp16"). The frame projection's BatchNorm was folded into its linear
/// layer; it comes back as that linear layer and an identity BatchNorm, which computes the same in eval mode.
/// </summary>
public static class BundleModelImport
{
    private const string FoldedProjection = "encoder.frame_projection_t";
    private const string FoldedBias = "encoder.frame_projection_bias";
    private const double BatchNormEpsilon = 1e-5;

    /// <exception cref="InvalidDataException">A weight of the model is missing from both graphs, or has another shape.</exception>
    public static void Load(Sign2GptModel model, byte[] encoderOnnx, byte[] decoderOnnx)
    {
        var weights = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        var made = new List<Tensor>();
        try
        {
            foreach (var graph in (byte[][])[encoderOnnx, decoderOnnx])
            {
                var parsed = ModelProto.Parser.ParseFrom(graph).Graph;
                foreach (var initializer in parsed.Initializer)
                {
                    if (ToTensor(initializer) is { } tensor)
                    {
                        weights.TryAdd(initializer.Name.EndsWith(".fp16", StringComparison.Ordinal) ? initializer.Name[..^5] : initializer.Name, tensor);
                    }
                }

                AddTemperatures(parsed, weights);
            }

            var problems = new List<string>();
            using var noGrad = no_grad();
            foreach (var (name, target) in model.state_dict())
            {
                var source = Find(weights, name, made);
                if (source is null)
                {
                    problems.Add($"{name}: not in the bundle's graphs");
                }
                else if (!source.shape.SequenceEqual(target.shape))
                {
                    problems.Add($"{name}: the bundle has [{string.Join(",", source.shape)}], the model [{string.Join(",", target.shape)}]");
                }
                else
                {
                    target.copy_(source.to(target.dtype));
                }
            }

            if (problems.Count > 0)
            {
                throw new InvalidDataException($"The bundle does not fit the model ({problems.Count} weights): {string.Join("; ", problems.Take(10))}");
            }
        }
        finally
        {
            foreach (var tensor in weights.Values.Concat(made))
            {
                tensor.Dispose();
            }
        }
    }

    /// <summary>
    /// The pseudo-gloss head's temperatures are folded into the graph as the divisors of its class and time logits
    /// (clamped as the model clamps them), so they are read back from those two divisions.
    /// </summary>
    private static void AddTemperatures(GraphProto graph, Dictionary<string, Tensor> weights)
    {
        foreach (var (logits, name) in (ReadOnlySpan<(string, string)>)[("class_logits_", "head.class_temperature"), ("time_logits_", "head.time_temperature")])
        {
            var division = graph.Node.FirstOrDefault(n => n.OpType == "Div" && n.Output[0].StartsWith(logits, StringComparison.Ordinal));
            if (division is not null && weights.TryGetValue(division.Input[1], out var divisor) && divisor.numel() == 1)
            {
                weights.TryAdd(name, divisor.reshape(1).clone());
            }
        }
    }

    /// <summary>The bundle's tensor for a state-dict entry; tensors made here are added to <paramref name="made"/> for disposal.</summary>
    private static Tensor? Find(Dictionary<string, Tensor> weights, string name, List<Tensor> made)
    {
        if (name.StartsWith("spatial.projection.", StringComparison.Ordinal))
        {
            return Made(made, UnfoldedProjection(weights, name));
        }

        if (weights.TryGetValue(name, out var direct))
        {
            return direct;
        }

        return weights.TryGetValue(name + "_t", out var transposed) && transposed.dim() == 2 ? Made(made, transposed.t()) : null;
    }

    private static Tensor? UnfoldedProjection(Dictionary<string, Tensor> weights, string name)
    {
        if (!weights.TryGetValue(FoldedProjection, out var folded) || !weights.TryGetValue(FoldedBias, out var bias))
        {
            return null;
        }

        return name switch
        {
            "spatial.projection.linear.weight" => folded.t(),
            "spatial.projection.linear.bias" => bias.clone(),
            "spatial.projection.norm.weight" => ones_like(bias),
            "spatial.projection.norm.bias" or "spatial.projection.norm.running_mean" => zeros_like(bias),

            // Variance 1 − ε makes the eval-mode BatchNorm divide by exactly 1.
            "spatial.projection.norm.running_var" => full_like(bias, 1 - BatchNormEpsilon),
            "spatial.projection.norm.num_batches_tracked" => tensor(0L),
            _ => null,
        };
    }

    private static Tensor? Made(List<Tensor> made, Tensor? tensor)
    {
        if (tensor is not null)
        {
            made.Add(tensor);
        }

        return tensor;
    }

    private static Tensor? ToTensor(TensorProto initializer)
    {
        var dims = initializer.Dims.ToArray();
        var raw = initializer.RawData.Span;
        return (TensorProto.Types.DataType)initializer.DataType switch
        {
            TensorProto.Types.DataType.Float when raw.Length > 0 => tensor(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(raw).ToArray(), dims),
            TensorProto.Types.DataType.Float => tensor(initializer.FloatData.ToArray(), dims),
            TensorProto.Types.DataType.Float16 => tensor(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(raw).ToArray().Select(h => (float)h).ToArray(), dims),
            _ => null,
        };
    }
}

using Onnx;
using Sign2Gpt.Inference.Onnx;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Export;

/// <summary>
/// The layer vocabulary of the exported graphs (linear, LoRA linear, LayerNorm, GELU, heads, masked
/// softmax), reading weights by state-dict name so the ONNX math mirrors the TorchSharp modules.
/// </summary>
internal sealed class GraphWriter(OnnxGraphBuilder graph, IReadOnlyDictionary<string, Tensor> state, bool float16)
{
    private const TensorProto.Types.DataType Float = TensorProto.Types.DataType.Float;

    private readonly Dictionary<string, string> _weights = [];

    public OnnxGraphBuilder Graph => graph;

    public float[] Values(string name) => Tensor(name).contiguous().cpu().data<float>().ToArray();

    public Tensor Tensor(string name) =>
        state.TryGetValue(name, out var tensor) ? tensor : throw new KeyNotFoundException($"The model has no parameter or buffer '{name}'.");

    /// <summary>A frozen weight, float16-stored when the export asks for it.</summary>
    public string Weight(string name, float[] values, long[] dims)
    {
        if (!_weights.TryGetValue(name, out var value))
        {
            value = graph.Weight(name, values, dims, float16);
            _weights[name] = value;
        }

        return value;
    }


    /// <summary>x·Wᵀ + b with W stored pre-transposed.</summary>
    public string Linear(string x, string prefix)
    {
        var weight = Tensor(prefix + ".weight");
        var transposed = Weight(prefix + ".weight_t", weight.t().contiguous().cpu().data<float>().ToArray(), [weight.shape[1], weight.shape[0]]);
        var product = graph.Node("MatMul", [x, transposed], "linear");
        return state.ContainsKey(prefix + ".bias")
            ? graph.Node("Add", [product, Weight(prefix + ".bias", Values(prefix + ".bias"), [weight.shape[0]])], "linear")
            : product;
    }

    /// <summary>The LoRA update ((x·Aᵀ)·Bᵀ)·scale with A and B as overridable inputs named as in training.</summary>
    public string LowRank(string x, string prefix, double scaling)
    {
        var a = Overridable(prefix + ".lora_A");
        var b = Overridable(prefix + ".lora_B");
        var down = graph.Node("MatMul", [x, graph.Node("Transpose", [a], "lora_a_t")], "lora_down");
        var up = graph.Node("MatMul", [down, graph.Node("Transpose", [b], "lora_b_t")], "lora_up");
        return graph.Node("Mul", [up, graph.Constant((float)scaling)], "lora");
    }

    /// <summary>A parameter adapters may replace, keeping its trained shape.</summary>
    public string Overridable(string name)
    {
        if (!_weights.TryGetValue(name, out var value))
        {
            value = graph.OverridableWeight(name, Values(name), Tensor(name).shape);
            _weights[name] = value;
        }

        return value;
    }

    public string LayerNorm(string x, string prefix, float epsilon = 1e-5f)
    {
        var dim = Tensor(prefix + ".weight").shape[0];
        return graph.Node(
            "LayerNormalization",
            [x, Weight(prefix + ".weight", Values(prefix + ".weight"), [dim]), Weight(prefix + ".bias", Values(prefix + ".bias"), [dim])],
            "layer_norm",
            OnnxAttributes.Scalar("axis", -1),
            OnnxAttributes.Scalar("epsilon", epsilon));
    }

    /// <summary>Exact GELU, 0.5·x·(1 + erf(x/√2)), as TorchSharp computes it.</summary>
    public string Gelu(string x)
    {
        var scaled = graph.Node("Mul", [x, graph.Constant((float)(1 / Math.Sqrt(2)))], "gelu");
        var erf = graph.Node("Erf", [scaled], "gelu");
        var onePlus = graph.Node("Add", [erf, graph.Constant(1f)], "gelu");
        var half = graph.Node("Mul", [x, graph.Constant(0.5f)], "gelu");
        return graph.Node("Mul", [half, onePlus], "gelu");
    }

    /// <summary>[batch, length, heads·headDim] → [batch, heads, length, headDim].</summary>
    public string SplitHeads(string x, long heads, long headDim)
    {
        var shaped = graph.Node("Reshape", [x, graph.Constant([0, 0, heads, headDim], 4)], "split");
        return graph.Node("Transpose", [shaped], "split", OnnxAttributes.List("perm", 0, 2, 1, 3));
    }

    public string MergeHeads(string x, long dim)
    {
        var transposed = graph.Node("Transpose", [x], "merge", OnnxAttributes.List("perm", 0, 2, 1, 3));
        return graph.Node("Reshape", [transposed, graph.Constant([0, 0, dim], 3)], "merge");
    }

    /// <summary>softmax(q·kᵀ/√d) over keys where <paramref name="allowed"/> is true.</summary>
    public string AttentionProbabilities(string q, string k, string? allowed, long headDim)
    {
        var keysT = graph.Node("Transpose", [k], "keys_t", OnnxAttributes.List("perm", 0, 1, 3, 2));
        var scores = graph.Node("Mul", [graph.Node("MatMul", [q, keysT], "scores"), graph.Constant((float)(1 / Math.Sqrt(headDim)))], "scores");
        if (allowed is not null)
        {
            scores = graph.Node("Where", [allowed, scores, graph.Constant(float.MinValue)], "masked_scores");
        }

        return graph.Node("Softmax", [scores], "probabilities", OnnxAttributes.Scalar("axis", -1));
    }

    /// <summary>Rows [start, start + length) of a constant table [rows, width].</summary>
    public string Rows(string table, string start, string length)
    {
        var end = graph.Node("Add", [start, length], "rows_end");
        return graph.Node("Slice", [table, start, end, graph.Constant([0], 1)], "rows");
    }

    /// <summary>Dimension <paramref name="axis"/> of <paramref name="x"/> as an int64 [1] tensor.</summary>
    public string Dim(string x, int axis) =>
        graph.Node("Gather", [graph.Node("Shape", [x], "shape"), graph.Constant([axis], 1)], "dim", OnnxAttributes.Scalar("axis", 0));

    public static TensorProto.Types.DataType FloatType => Float;
}

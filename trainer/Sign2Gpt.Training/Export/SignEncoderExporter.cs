using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Export;

/// <summary>
/// Writes the sign encoder as ONNX (eval mode): frame projection with BatchNorm folded in, sinusoidal
/// positions, post-LN local rotary blocks, the temporal downsampler, the pseudo-gloss head (timeline and
/// clip scores) and the visual tokens for the decoder. See <see cref="EncoderGraph"/> for the interface.
/// </summary>
public static class SignEncoderExporter
{
    /// <summary>Longest input, in sampled frames, the position tables cover (≈ 3.4 minutes at 12.5 frames/s).</summary>
    public const int MaxFrames = 2560;

    public static byte[] Export(Sign2GptModel model, bool float16)
    {
        var config = model.Config;
        var state = model.state_dict();
        var graph = new OnnxGraphBuilder("sign2gpt_encoder");
        var w = new GraphWriter(graph, state, float16);
        var d = config.Encoder.Dim;
        var headDim = d / config.Encoder.Heads;

        var features = graph.Input(EncoderGraph.Features, GraphWriter.FloatType, "batch", "frames", config.Spatial.FeatureSize);
        var valid = graph.Input(EncoderGraph.Valid, Onnx.TensorProto.Types.DataType.Bool, "batch", "frames");
        var validFloat = graph.Node("Cast", [valid], "valid_float", OnnxAttributes.Scalar("to", (long)Onnx.TensorProto.Types.DataType.Float));

        // Frame projection, BatchNorm folded into the linear layer; padded frames are zeroed as in training.
        var x = graph.Node("MatMul", [features, FoldedProjection(w, d)], "projected");
        x = graph.Node("Add", [x, FoldedBias(w)], "projected");
        x = graph.Node("Mul", [x, graph.Node("Unsqueeze", [validFloat, graph.Constant([2], 1)], "valid_column")], "projected");

        var positions = graph.Table("encoder.positions", PositionEncodings.Interleaved(MaxFrames, d).data<float>().ToArray(), MaxFrames, d);
        var (cos, sin) = RotaryEmbedding.Tables(MaxFrames, headDim, CPU);
        var cosTable = graph.Table("encoder.rotary_cos", cos.data<float>().ToArray(), MaxFrames, headDim);
        var sinTable = graph.Table("encoder.rotary_sin", sin.data<float>().ToArray(), MaxFrames, headDim);
        var zero = graph.Constant([0], 1);

        var frames = w.Dim(features, 1);
        x = graph.Node("Add", [x, w.Rows(positions, zero, frames)], "positioned");
        var allowed = LocalMask(w, valid, frames, config.Encoder.HalfWindow);
        var rotary = (w.Rows(cosTable, zero, frames), w.Rows(sinTable, zero, frames));
        for (var i = 0; i < config.Encoder.BlocksBefore; i++)
        {
            x = Block(w, x, allowed, rotary, $"encoder.blocks_before.{i}", config.Encoder);
        }

        (x, var signValid) = Downsample(w, x, valid);
        var steps = w.Dim(x, 1);
        allowed = LocalMask(w, signValid, steps, config.Encoder.HalfWindow);
        rotary = (w.Rows(cosTable, zero, steps), w.Rows(sinTable, zero, steps));
        for (var i = 0; i < config.Encoder.BlocksAfter; i++)
        {
            x = Block(w, x, allowed, rotary, $"encoder.blocks_after.{i}", config.Encoder);
        }

        var (timeline, presence) = Head(w, x, signValid, model.Head.Vocabulary);
        var visual = w.Linear(graph.Node("Add", [x, w.Rows(positions, zero, steps)], "visual_positioned"), "visual_projection");

        graph.Output(signValid, EncoderGraph.SignValid, Onnx.TensorProto.Types.DataType.Bool, "batch", "steps");
        graph.Output(visual, EncoderGraph.VisualTokens, GraphWriter.FloatType, "batch", "steps", config.Decoder.Dim);
        graph.Output(timeline, EncoderGraph.Timeline, GraphWriter.FloatType, "batch", "steps", model.Head.Vocabulary);
        graph.Output(presence, EncoderGraph.Presence, GraphWriter.FloatType, "batch", model.Head.Vocabulary);
        return graph.ToBytes("sign2gpt-trainer");
    }

    private static string FoldedProjection(GraphWriter w, long d)
    {
        var (scale, _) = BatchNormAffine(w);
        var weight = w.Tensor("spatial.projection.linear.weight");
        var folded = (weight * scale.unsqueeze(1)).t().contiguous();
        return w.Weight("encoder.frame_projection_t", folded.data<float>().ToArray(), [weight.shape[1], d]);
    }

    private static string FoldedBias(GraphWriter w)
    {
        var (scale, shift) = BatchNormAffine(w);
        var bias = (w.Tensor("spatial.projection.linear.bias") * scale) + shift;
        return w.Weight("encoder.frame_projection_bias", bias.contiguous().data<float>().ToArray(), [bias.shape[0]]);
    }

    /// <summary>BatchNorm in eval mode is y = x·scale + shift.</summary>
    private static (Tensor Scale, Tensor Shift) BatchNormAffine(GraphWriter w)
    {
        const double epsilon = 1e-5;
        var gamma = w.Tensor("spatial.projection.norm.weight");
        var beta = w.Tensor("spatial.projection.norm.bias");
        var mean = w.Tensor("spatial.projection.norm.running_mean");
        var variance = w.Tensor("spatial.projection.norm.running_var");
        var scale = gamma / (variance + epsilon).sqrt();
        return (scale, beta - (mean * scale));
    }

    private static string LocalMask(GraphWriter w, string valid, string length, int halfWindow)
    {
        var g = w.Graph;
        var positions = g.Node("Range", [g.Constant([0], []), g.Node("Squeeze", [length, g.Constant([0], 1)], "length"), g.Constant([1], [])], "positions");
        var rows = g.Node("Unsqueeze", [positions, g.Constant([1], 1)], "rows");
        var columns = g.Node("Unsqueeze", [positions, g.Constant([0], 1)], "columns");
        var distance = g.Node("Abs", [g.Node("Sub", [rows, columns], "distance")], "distance");
        var local = g.Node("LessOrEqual", [distance, g.Constant([halfWindow], [])], "local");
        var keys = g.Node("Unsqueeze", [valid, g.Constant([1], 1)], "keys");
        var diagonal = g.Node("Equal", [rows, columns], "diagonal");
        var allowed = g.Node("Or", [g.Node("And", [local, keys], "local_keys"), diagonal], "allowed");
        return g.Node("Unsqueeze", [allowed, g.Constant([1], 1)], "allowed");
    }

    private static string Block(GraphWriter w, string x, string allowed, (string Cos, string Sin) rotary, string prefix, EncoderConfig config)
    {
        var g = w.Graph;
        var headDim = config.Dim / config.Heads;
        var q = Rotate(w, w.SplitHeads(w.Linear(x, prefix + ".q_proj"), config.Heads, headDim), rotary, headDim);
        var k = Rotate(w, w.SplitHeads(w.Linear(x, prefix + ".k_proj"), config.Heads, headDim), rotary, headDim);
        var v = w.SplitHeads(w.Linear(x, prefix + ".v_proj"), config.Heads, headDim);
        var mixed = g.Node("MatMul", [w.AttentionProbabilities(q, k, allowed, headDim), v], "mixed");
        var attended = w.Linear(w.MergeHeads(mixed, config.Dim), prefix + ".proj");
        var scale1 = w.Weight(prefix + ".layer_scale_1", w.Values(prefix + ".layer_scale_1"), [config.Dim]);
        x = w.LayerNorm(g.Node("Add", [x, g.Node("Mul", [attended, scale1], "scaled")], "residual"), prefix + ".norm1");
        var mlp = w.Linear(w.Gelu(w.Linear(x, prefix + ".fc1")), prefix + ".fc2");
        var scale2 = w.Weight(prefix + ".layer_scale_2", w.Values(prefix + ".layer_scale_2"), [config.Dim]);
        return w.LayerNorm(g.Node("Add", [x, g.Node("Mul", [mlp, scale2], "scaled")], "residual"), prefix + ".norm2");
    }

    /// <summary>x·cos + rotate_half(x)·sin, rotate_half(x) = [−x₂, x₁].</summary>
    private static string Rotate(GraphWriter w, string x, (string Cos, string Sin) rotary, long headDim)
    {
        var g = w.Graph;
        var halves = g.Nodes("Split", [x, g.Constant([headDim / 2, headDim / 2], 2)], ["half", "half"], OnnxAttributes.Scalar("axis", -1));
        var rotated = g.Node("Concat", [g.Node("Neg", [halves[1]], "neg"), halves[0]], "rotated", OnnxAttributes.Scalar("axis", -1));
        return g.Node("Add", [g.Node("Mul", [x, rotary.Cos], "cos"), g.Node("Mul", [rotated, rotary.Sin], "sin")], "rotary");
    }

    private static (string Features, string Valid) Downsample(GraphWriter w, string x, string valid)
    {
        var g = w.Graph;
        var channelsFirst = g.Node("Transpose", [x], "pool_in", OnnxAttributes.List("perm", 0, 2, 1));
        var pooled = g.Node("AveragePool", [channelsFirst], "pooled",
            OnnxAttributes.List("kernel_shape", 3), OnnxAttributes.List("strides", 2), OnnxAttributes.List("pads", 1, 1), OnnxAttributes.Scalar("count_include_pad", 1));
        var features = g.Node("Transpose", [pooled], "downsampled", OnnxAttributes.List("perm", 0, 2, 1));

        var validFloat = g.Node("Unsqueeze", [g.Node("Cast", [valid], "valid_f", OnnxAttributes.Scalar("to", (long)Onnx.TensorProto.Types.DataType.Float)), g.Constant([1], 1)], "valid_f");
        var pooledValid = g.Node("AveragePool", [validFloat], "pooled_valid",
            OnnxAttributes.List("kernel_shape", 3), OnnxAttributes.List("strides", 2), OnnxAttributes.List("pads", 1, 1), OnnxAttributes.Scalar("count_include_pad", 0));
        var anyValid = g.Node("Greater", [g.Node("Squeeze", [pooledValid, g.Constant([1], 1)], "pooled_valid"), g.Constant(0f)], "any_valid");
        var steps = g.Node("Squeeze", [w.Dim(features, 1), g.Constant([0], 1)], "steps");
        var first = g.Node("Equal", [g.Node("Range", [g.Constant([0], []), steps, g.Constant([1], [])], "step_index"), g.Constant([0], [])], "first");
        return (features, g.Node("Or", [anyValid, first], "sign_valid"));
    }

    private static (string Timeline, string Presence) Head(GraphWriter w, string x, string valid, int vocabulary)
    {
        var g = w.Graph;
        var embedded = w.Linear(x, "head.fc");
        var norm = g.Node("ReduceL2", [embedded], "norm", OnnxAttributes.List("axes", -1), OnnxAttributes.Scalar("keepdims", 1));
        var normalised = g.Node("Div", [embedded, g.Node("Max", [norm, g.Constant(1e-12f)], "norm")], "normalised");
        var prototypes = w.Tensor("head.prototypes");
        var prototypesT = w.Weight("head.prototypes_t", prototypes.t().contiguous().data<float>().ToArray(), [prototypes.shape[1], prototypes.shape[0]]);
        var similarity = g.Node("MatMul", [normalised, prototypesT], "similarity");

        var classTemperature = (float)w.Tensor("head.class_temperature").clamp(0.01, 1.0).item<float>();
        var timeTemperature = (float)w.Tensor("head.time_temperature").clamp(0.01, 1.0).item<float>();
        var classProbabilities = g.Node("Softmax", [g.Node("Div", [similarity, g.Constant(classTemperature)], "class_logits")], "class_probabilities", OnnxAttributes.Scalar("axis", -1));
        var padding = g.Node("Where", [g.Node("Unsqueeze", [valid, g.Constant([2], 1)], "valid_column"), g.Constant(0f), g.Constant(float.MinValue)], "padding");
        var timeLogits = g.Node("Add", [g.Node("Div", [similarity, g.Constant(timeTemperature)], "time_logits"), padding], "time_logits");
        var timeProbabilities = g.Node("Softmax", [timeLogits], "time_probabilities", OnnxAttributes.Scalar("axis", 1));
        var presence = g.Node("ReduceSum", [g.Node("Mul", [classProbabilities, timeProbabilities], "joint"), g.Constant([1], 1)], "presence", OnnxAttributes.Scalar("keepdims", 0));

        var glosses = g.Constant([vocabulary], 1);
        var timeline = g.Node("Slice", [classProbabilities, g.Constant([0], 1), glosses, g.Constant([2], 1)], "timeline");
        return (timeline, g.Node("Slice", [presence, g.Constant([0], 1), glosses, g.Constant([1], 1)], "presence"));
    }
}

using Onnx;
using Sign2Gpt.Inference.Onnx;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Model;

namespace Sign2Gpt.Training.Export;

/// <summary>
/// Writes the decoder as one incremental-decoding step (see <see cref="DecoderGraph"/>): embeddings and
/// positions offset by the cache length, causal self-attention over cache + new tokens, the zero-gated
/// cross-attention to the visual tokens (their keys and values cached too), and logits through the tied embedding. LoRA tensors and gates
/// are overridable inputs, so adapters swap per run.
/// </summary>
public static class DecoderExporter
{
    /// <summary>Longest token sequence the position table covers (the paper decodes at most 64).</summary>
    public const int MaxPositions = 256;

    public static byte[] Export(Sign2GptModel model, bool float16)
    {
        var config = model.Config.Decoder;
        var graph = new OnnxGraphBuilder("sign2gpt_decoder");
        var w = new GraphWriter(graph, model.state_dict(), float16);
        var headDim = config.Dim / config.Heads;
        const TensorProto.Types.DataType Float = TensorProto.Types.DataType.Float;

        var ids = graph.Input(DecoderGraph.InputIds, TensorProto.Types.DataType.Int64, "batch", "length");
        var visual = graph.Input(DecoderGraph.VisualTokens, Float, "visual_batch", "new_steps", config.Dim);
        var visualValid = graph.Input(DecoderGraph.VisualValid, TensorProto.Types.DataType.Bool, "visual_batch", "steps");
        var pastKeys = Enumerable.Range(0, config.Layers).Select(i => graph.Input(DecoderGraph.PastKey(i), Float, "batch", config.Heads, "past", headDim)).ToArray();
        var pastValues = Enumerable.Range(0, config.Layers).Select(i => graph.Input(DecoderGraph.PastValue(i), Float, "batch", config.Heads, "past", headDim)).ToArray();
        var pastCrossKeys = Enumerable.Range(0, config.Layers).Select(i => graph.Input(DecoderGraph.PastCrossKey(i), Float, "visual_batch", config.Heads, "cached_steps", headDim)).ToArray();
        var pastCrossValues = Enumerable.Range(0, config.Layers).Select(i => graph.Input(DecoderGraph.PastCrossValue(i), Float, "visual_batch", config.Heads, "cached_steps", headDim)).ToArray();

        var embedding = w.Weight("language_model.embed_tokens.weight", w.Values("language_model.embed_tokens.weight"), [config.VocabularySize, config.Dim]);
        var hidden = graph.Node("Mul", [graph.Node("Gather", [embedding, ids], "embedded", OnnxAttributes.Scalar("axis", 0)), graph.Constant((float)Math.Sqrt(config.Dim))], "embedded");
        var past = w.Dim(pastKeys[0], 2);
        var length = w.Dim(ids, 1);
        var positionTable = graph.Table("decoder.positions",
            PositionEncodings.LanguageModel(config.PadTokenId + 1, MaxPositions, config.Dim).data<float>().ToArray(), MaxPositions, config.Dim);
        hidden = graph.Node("Add", [hidden, w.Rows(positionTable, past, length)], "positioned");

        var causal = CausalMask(w, past, length);
        var visualAllowed = graph.Node("Unsqueeze", [visualValid, graph.Constant([1, 2], 2)], "visual_allowed");
        for (var i = 0; i < config.Layers; i++)
        {
            var prefix = $"language_model.layers.{i}";
            var cache = new LayerCache(pastKeys[i], pastValues[i], pastCrossKeys[i], pastCrossValues[i]);
            var (next, present) = Layer(w, hidden, visual, visualAllowed, causal, cache, prefix, config);
            hidden = next;
            graph.Output(present.Key, DecoderGraph.PresentKey(i), Float, "batch", config.Heads, "total", headDim);
            graph.Output(present.Value, DecoderGraph.PresentValue(i), Float, "batch", config.Heads, "total", headDim);
            graph.Output(present.CrossKey, DecoderGraph.PresentCrossKey(i), Float, "visual_batch", config.Heads, "steps", headDim);
            graph.Output(present.CrossValue, DecoderGraph.PresentCrossValue(i), Float, "visual_batch", config.Heads, "steps", headDim);
        }

        hidden = w.LayerNorm(hidden, "language_model.layer_norm");
        var logits = graph.Node("MatMul", [hidden, graph.Node("Transpose", [embedding], "embedding_t")], "logits");
        graph.Output(logits, DecoderGraph.Logits, Float, "batch", "length", config.VocabularySize);
        return graph.ToBytes("sign2gpt-trainer");
    }

    /// <summary>[1, 1, length, past + length]: new token i (absolute past + i) sees keys 0..past + i.</summary>
    private static string CausalMask(GraphWriter w, string past, string length)
    {
        var g = w.Graph;
        var scalarPast = g.Node("Squeeze", [past, g.Constant([0], 1)], "past");
        var total = g.Node("Add", [scalarPast, g.Node("Squeeze", [length, g.Constant([0], 1)], "length")], "total");
        var queries = g.Node("Range", [scalarPast, total, g.Constant([1], [])], "query_positions");
        var keys = g.Node("Range", [g.Constant([0], []), total, g.Constant([1], [])], "key_positions");
        var allowed = g.Node("LessOrEqual", [g.Node("Unsqueeze", [keys, g.Constant([0], 1)], "keys"), g.Node("Unsqueeze", [queries, g.Constant([1], 1)], "queries")], "causal");
        return g.Node("Unsqueeze", [allowed, g.Constant([0, 1], 2)], "causal");
    }

    private static (string Hidden, LayerCache Present) Layer(
        GraphWriter w, string hidden, string visual, string visualAllowed, string causal, LayerCache past, string prefix, DecoderConfig config)
    {
        var g = w.Graph;
        var heads = config.Heads;
        var headDim = config.Dim / heads;
        var scaling = config.Lora.Scaling;
        var attention = prefix + ".self_attn";
        var normed = w.LayerNorm(hidden, prefix + ".self_attn_layer_norm");
        var normedVisual = w.LayerNorm(visual, prefix + ".self_attn_layer_norm");

        string Base(string x, string projection) => w.Linear(x, $"{attention}.{projection}.base_layer");
        string WithLora(string x, string projection) =>
            g.Node("Add", [Base(x, projection), w.LowRank(x, $"{attention}.{projection}.lora", scaling)], projection);

        var q = w.SplitHeads(WithLora(normed, "q_proj"), heads, headDim);
        var k = w.SplitHeads(WithLora(normed, "k_proj"), heads, headDim);
        var v = w.SplitHeads(WithLora(normed, "v_proj"), heads, headDim);
        var presentKey = g.Node("Concat", [past.Key, k], "present_key", OnnxAttributes.Scalar("axis", 2));
        var presentValue = g.Node("Concat", [past.Value, v], "present_value", OnnxAttributes.Scalar("axis", 2));
        var mixed = g.Node("MatMul", [w.AttentionProbabilities(q, presentKey, causal, headDim), presentValue], "self_mixed");

        var crossQ = w.SplitHeads(g.Node("Add", [Base(normed, "q_proj"), w.LowRank(normed, attention + ".cross_q", scaling)], "cross_q"), heads, headDim);
        var newCrossK = w.SplitHeads(g.Node("Add", [Base(normedVisual, "k_proj"), w.LowRank(normedVisual, attention + ".cross_k", scaling)], "cross_k"), heads, headDim);
        var newCrossV = w.SplitHeads(g.Node("Add", [Base(normedVisual, "v_proj"), w.LowRank(normedVisual, attention + ".cross_v", scaling)], "cross_v"), heads, headDim);
        var crossK = g.Node("Concat", [past.CrossKey, newCrossK], "present_cross_key", OnnxAttributes.Scalar("axis", 2));
        var crossV = g.Node("Concat", [past.CrossValue, newCrossV], "present_cross_value", OnnxAttributes.Scalar("axis", 2));
        var gate = g.Node("Reshape", [g.Node("Clip", [w.Overridable(attention + ".gate"), g.Constant(0f), g.Constant(1f)], "gate"), g.Constant([1, heads, 1, 1], 4)], "gate");
        var crossProbabilities = g.Node("Mul", [w.AttentionProbabilities(crossQ, crossK, visualAllowed, headDim), gate], "gated");
        mixed = g.Node("Add", [mixed, g.Node("MatMul", [crossProbabilities, crossV], "cross_mixed")], "mixed");

        var merged = w.MergeHeads(mixed, config.Dim);
        hidden = g.Node("Add", [hidden, WithLora(merged, "out_proj")], "attended");
        var feedForward = w.Linear(w.Gelu(w.Linear(w.LayerNorm(hidden, prefix + ".final_layer_norm"), prefix + ".fc1")), prefix + ".fc2");
        return (g.Node("Add", [hidden, feedForward], "layer_out"), new LayerCache(presentKey, presentValue, crossK, crossV));
    }

    /// <summary>Graph values of one layer's self-attention and cross-attention caches.</summary>
    private sealed record LayerCache(string Key, string Value, string CrossKey, string CrossValue);
}

using Microsoft.ML.OnnxRuntime;

namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// Translation with the exported decoder (<see cref="DecoderGraph"/>) in ONNX Runtime. One instance per loaded
/// session, shared by concurrent translations, since a session may run concurrently; each translation gets its own
/// <see cref="OnnxTokenScorer"/>. The session remains the caller's to dispose. Sizes are read from the graph.
/// </summary>
public sealed class OnnxDecoder
{
    public OnnxDecoder(InferenceSession session, DecoderCacheMode cacheMode = DecoderCacheMode.KeyValue)
    {
        Session = session;
        CacheMode = cacheMode;
        var layers = 0;
        while (session.InputMetadata.ContainsKey(DecoderGraph.PastKey(layers)))
        {
            layers++;
        }

        if (layers == 0
            || !session.InputMetadata.TryGetValue(DecoderGraph.VisualTokens, out var visual)
            || !session.OutputMetadata.TryGetValue(DecoderGraph.Logits, out var logits))
        {
            throw new ArgumentException($"The session is not a decoder graph: it needs inputs {DecoderGraph.PastKey(0)} and {DecoderGraph.VisualTokens} and output {DecoderGraph.Logits}.", nameof(session));
        }

        if (!session.InputMetadata.ContainsKey(DecoderGraph.PastCrossKey(layers - 1)))
        {
            throw new ArgumentException($"The decoder graph has no cross-attention cache ({DecoderGraph.PastCrossKey(0)}): it was exported by an older trainer; export the model again.", nameof(session));
        }

        var past = session.InputMetadata[DecoderGraph.PastKey(0)].Dimensions;
        Layers = layers;
        Heads = past[1];
        HeadDim = past[3];
        VisualDim = visual.Dimensions[2];
        VocabularySize = logits.Dimensions[2];
        if (Heads <= 0 || HeadDim <= 0 || VisualDim <= 0 || VocabularySize <= 0)
        {
            throw new ArgumentException("The decoder graph must fix the head count, head size, visual width and vocabulary size.", nameof(session));
        }

        var cacheInputs = Enumerable.Range(0, layers).SelectMany(i => new[] { DecoderGraph.PastKey(i), DecoderGraph.PastValue(i) });
        var crossInputs = Enumerable.Range(0, layers).SelectMany(i => new[] { DecoderGraph.PastCrossKey(i), DecoderGraph.PastCrossValue(i) });
        var cacheOutputs = Enumerable.Range(0, layers).SelectMany(i => new[] { DecoderGraph.PresentKey(i), DecoderGraph.PresentValue(i) });
        var crossOutputs = Enumerable.Range(0, layers).SelectMany(i => new[] { DecoderGraph.PresentCrossKey(i), DecoderGraph.PresentCrossValue(i) });
        InputNames = [DecoderGraph.InputIds, DecoderGraph.VisualTokens, DecoderGraph.VisualValid, .. cacheInputs, .. crossInputs];
        StepOutputNames = [DecoderGraph.Logits, .. cacheOutputs];
        FirstStepOutputNames = [.. StepOutputNames, .. crossOutputs];
    }

    public DecoderCacheMode CacheMode { get; }

    public int Layers { get; }

    public int Heads { get; }

    public int HeadDim { get; }

    public int VisualDim { get; }

    public int VocabularySize { get; }

    internal InferenceSession Session { get; }

    /// <summary>Ids, visual tokens, visual mask, key and value of each layer, then cross key and value of each layer.</summary>
    internal string[] InputNames { get; }

    /// <summary>Logits, then key and value of each layer.</summary>
    internal string[] StepOutputNames { get; }

    /// <summary>As <see cref="StepOutputNames"/>, then the cross key and value of each layer, computed once per video.</summary>
    internal string[] FirstStepOutputNames { get; }

    /// <summary>Beam search for one video, the adapter (when given) active on every run of it.</summary>
    public BeamSearchResult Translate(VisualTokens visual, IReadOnlyList<int> prompt, BeamSearchOptions options, OrtLoraAdapter? adapter, CancellationToken cancellationToken)
    {
        using var scorer = Begin(visual, adapter);
        return BeamSearch.Run(scorer, prompt, options, cancellationToken);
    }

    /// <summary>A scorer for one translation; <paramref name="adapter"/> must outlive it.</summary>
    public OnnxTokenScorer Begin(VisualTokens visual, OrtLoraAdapter? adapter)
    {
        if (visual.Steps == 0 || visual.Values.Length != visual.Steps * VisualDim)
        {
            throw new ArgumentException($"Visual tokens must be [steps > 0, {VisualDim}]; got {visual.Values.Length} values for {visual.Steps} steps.", nameof(visual));
        }

        return new OnnxTokenScorer(this, visual, adapter);
    }
}

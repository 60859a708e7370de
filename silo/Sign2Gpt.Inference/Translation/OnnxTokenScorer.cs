using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// One translation through <see cref="OnnxDecoder"/>. With <see cref="DecoderCacheMode.KeyValue"/> the first run
/// feeds the prompt with an empty cache and each later run only the newest token of every hypothesis, its cache
/// gathered from the parent's rows; with <see cref="DecoderCacheMode.Recompute"/> every run feeds whole prefixes.
/// Not thread-safe: one search drives it.
/// </summary>
public sealed class OnnxTokenScorer : ITokenScorer, IDisposable
{
    private static readonly string[] LogitsOnly = [DecoderGraph.Logits];

    private readonly OnnxDecoder _decoder;
    private readonly VisualTokens _visual;
    private readonly RunOptions _runOptions = new();

    // The video repeated once per hypothesis, rebuilt only when the hypothesis count changes.
    private OrtValue? _visualBatch;
    private OrtValue? _validBatch;
    private int _visualBatchSize;

    // Per layer key then value, [hypotheses, heads, past, headDim]; KeyValue mode only.
    private OrtValue[] _cache = [];

    // Every live hypothesis' tokens; Recompute mode only.
    private int[][] _prefixes = [];

    private int _hypotheses;

    internal OnnxTokenScorer(OnnxDecoder decoder, VisualTokens visual, OrtLoraAdapter? adapter)
    {
        _decoder = decoder;
        _visual = visual;
        if (adapter is not null)
        {
            _runOptions.AddActiveLoraAdapter(adapter);
        }
    }

    public TokenLogits Start(IReadOnlyList<int> prompt)
    {
        if (_hypotheses != 0)
        {
            throw new InvalidOperationException("Start begins a translation and was already called.");
        }

        if (prompt.Count == 0)
        {
            throw new ArgumentException("The prompt is empty.", nameof(prompt));
        }

        int[] tokens = [.. prompt];
        if (_decoder.CacheMode == DecoderCacheMode.Recompute)
        {
            _prefixes = [tokens];
            return Recompute();
        }

        _cache = [.. Enumerable.Range(0, _decoder.Layers * 2).Select(_ => EmptyCache(1))];
        return RunCached(tokens, 1, tokens.Length);
    }

    public TokenLogits Advance(ReadOnlySpan<int> parents, ReadOnlySpan<int> tokens)
    {
        if (_hypotheses == 0)
        {
            throw new InvalidOperationException("Start must be called before Advance.");
        }

        if (parents.Length == 0 || parents.Length != tokens.Length)
        {
            throw new ArgumentException($"Advance needs one token per parent and at least one of each; got {parents.Length} parents and {tokens.Length} tokens.", nameof(tokens));
        }

        foreach (var parent in parents)
        {
            if (parent < 0 || parent >= _hypotheses)
            {
                throw new ArgumentOutOfRangeException(nameof(parents), parent, $"Parents index the {_hypotheses} hypotheses of the previous call.");
            }
        }

        if (_decoder.CacheMode == DecoderCacheMode.Recompute)
        {
            var prefixes = new int[parents.Length][];
            for (var i = 0; i < parents.Length; i++)
            {
                prefixes[i] = [.. _prefixes[parents[i]], tokens[i]];
            }

            _prefixes = prefixes;
            return Recompute();
        }

        SelectCache(parents);
        return RunCached(tokens.ToArray(), parents.Length, 1);
    }

    public void Dispose()
    {
        DisposeAll(_cache);
        _cache = [];
        _visualBatch?.Dispose();
        _validBatch?.Dispose();
        _runOptions.Dispose();
    }

    /// <param name="tokens">Row-major [hypotheses, length].</param>
    private TokenLogits RunCached(int[] tokens, int hypotheses, int length)
    {
        var past = _cache[0].GetTensorTypeAndShape().Shape[2];
        var logits = new float[hypotheses * length * _decoder.VocabularySize];
        var present = new OrtValue[_cache.Length];
        try
        {
            for (var i = 0; i < present.Length; i++)
            {
                present[i] = OrtValue.CreateAllocatedTensorValue(
                    OrtAllocator.DefaultInstance, TensorElementType.Float, [hypotheses, _decoder.Heads, past + length, _decoder.HeadDim]);
            }

            using var logitsValue = OrtValue.CreateTensorValueFromMemory(logits, [hypotheses, length, _decoder.VocabularySize]);
            Run(tokens, hypotheses, length, _cache, _decoder.OutputNames, [logitsValue, .. present]);
        }
        catch
        {
            DisposeAll(present);
            throw;
        }

        DisposeAll(_cache);
        _cache = present;
        _hypotheses = hypotheses;
        return LastPositions(logits, hypotheses, length);
    }

    private TokenLogits Recompute()
    {
        var hypotheses = _prefixes.Length;
        var length = _prefixes[0].Length;
        var logits = new float[hypotheses * length * _decoder.VocabularySize];
        var empty = Enumerable.Range(0, _decoder.Layers * 2).Select(_ => EmptyCache(hypotheses)).ToArray();
        try
        {
            using var logitsValue = OrtValue.CreateTensorValueFromMemory(logits, [hypotheses, length, _decoder.VocabularySize]);
            Run([.. _prefixes.SelectMany(p => p)], hypotheses, length, empty, LogitsOnly, [logitsValue]);
        }
        finally
        {
            DisposeAll(empty);
        }

        _hypotheses = hypotheses;
        return LastPositions(logits, hypotheses, length);
    }

    private void Run(int[] tokens, int hypotheses, int length, OrtValue[] cache, string[] outputNames, OrtValue[] outputs)
    {
        EnsureVisualBatch(hypotheses);
        using var ids = OrtValue.CreateTensorValueFromMemory(Array.ConvertAll(tokens, t => (long)t), [hypotheses, length]);
        _decoder.Session.Run(_runOptions, _decoder.InputNames, [ids, _visualBatch!, _validBatch!, .. cache], outputNames, outputs);
    }

    /// <summary>Keeps, in order, the cache rows of <paramref name="parents"/>; a parent may be taken several times.</summary>
    private void SelectCache(ReadOnlySpan<int> parents)
    {
        var unchanged = parents.Length == _hypotheses;
        for (var i = 0; unchanged && i < parents.Length; i++)
        {
            unchanged = parents[i] == i;
        }

        if (unchanged)
        {
            return;
        }

        var selected = new OrtValue[_cache.Length];
        for (var i = 0; i < _cache.Length; i++)
        {
            var shape = _cache[i].GetTensorTypeAndShape().Shape;
            var rowSize = (int)(shape[1] * shape[2] * shape[3]);
            selected[i] = OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, TensorElementType.Float, [parents.Length, shape[1], shape[2], shape[3]]);
            var from = _cache[i].GetTensorDataAsSpan<float>();
            var to = selected[i].GetTensorMutableDataAsSpan<float>();
            for (var row = 0; row < parents.Length; row++)
            {
                from.Slice(parents[row] * rowSize, rowSize).CopyTo(to.Slice(row * rowSize, rowSize));
            }
        }

        DisposeAll(_cache);
        _cache = selected;
    }

    private void EnsureVisualBatch(int hypotheses)
    {
        if (_visualBatchSize == hypotheses)
        {
            return;
        }

        _visualBatch?.Dispose();
        _validBatch?.Dispose();
        var values = new float[hypotheses * _visual.Values.Length];
        var valid = new bool[hypotheses * _visual.Steps];
        for (var i = 0; i < hypotheses; i++)
        {
            _visual.Values.CopyTo(values, i * _visual.Values.Length);
            _visual.Valid.CopyTo(valid, i * _visual.Steps);
        }

        _visualBatch = OrtValue.CreateTensorValueFromMemory(values, [hypotheses, _visual.Steps, _decoder.VisualDim]);
        _validBatch = OrtValue.CreateTensorValueFromMemory(valid, [hypotheses, _visual.Steps]);
        _visualBatchSize = hypotheses;
    }

    private OrtValue EmptyCache(int hypotheses) =>
        OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, TensorElementType.Float, [hypotheses, _decoder.Heads, 0, _decoder.HeadDim]);

    /// <summary>The logits after each hypothesis' last token, from [hypotheses, length, vocabulary].</summary>
    private TokenLogits LastPositions(float[] logits, int hypotheses, int length)
    {
        if (length == 1)
        {
            return new TokenLogits(logits, hypotheses);
        }

        var vocabulary = _decoder.VocabularySize;
        var last = new float[hypotheses * vocabulary];
        for (var i = 0; i < hypotheses; i++)
        {
            Array.Copy(logits, ((i * length) + length - 1) * vocabulary, last, i * vocabulary, vocabulary);
        }

        return new TokenLogits(last, hypotheses);
    }

    private static void DisposeAll(OrtValue?[] values)
    {
        foreach (var value in values)
        {
            value?.Dispose();
        }
    }
}

using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// One translation through <see cref="OnnxDecoder"/>. With <see cref="DecoderCacheMode.KeyValue"/> the first run
/// feeds the prompt and the video with empty caches and keeps the video's cross-attention keys and values; each
/// later run feeds only the newest token of every hypothesis, its cache gathered from the parent's rows, and no
/// video. With <see cref="DecoderCacheMode.Recompute"/> every run feeds whole prefixes and the whole video. The
/// video is one row that the graph broadcasts over all hypotheses. Not thread-safe: one search drives it.
/// </summary>
public sealed class OnnxTokenScorer : ITokenScorer, IDisposable
{
    private static readonly string[] LogitsOnly = [DecoderGraph.Logits];

    private readonly OnnxDecoder _decoder;
    private readonly VisualTokens _visual;
    private readonly RunOptions _runOptions = new();
    private readonly OrtValue _video;
    private readonly OrtValue _noVideo;
    private readonly OrtValue _videoValid;

    // Per layer key then value, [hypotheses, heads, past, headDim]; KeyValue mode only.
    private OrtValue[] _cache = [];

    // Per layer cross key then value, [1, heads, steps, headDim], from the first run; KeyValue mode only.
    private OrtValue[] _crossCache = [];

    // Every live hypothesis' tokens; Recompute mode only.
    private int[][] _prefixes = [];

    private int _hypotheses;

    internal OnnxTokenScorer(OnnxDecoder decoder, VisualTokens visual, OrtLoraAdapter? adapter)
    {
        _decoder = decoder;
        _visual = visual;
        _video = OrtValue.CreateTensorValueFromMemory(visual.Values, [1, visual.Steps, decoder.VisualDim]);
        _noVideo = OrtValue.CreateTensorValueFromMemory(Array.Empty<float>(), [1, 0, decoder.VisualDim]);
        _videoValid = OrtValue.CreateTensorValueFromMemory(visual.Valid, [1, visual.Steps]);
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

        _cache = EmptyCaches(1);
        _crossCache = EmptyCaches(1);
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
        DisposeAll(_crossCache);
        _cache = [];
        _crossCache = [];
        _video.Dispose();
        _noVideo.Dispose();
        _videoValid.Dispose();
        _runOptions.Dispose();
    }

    /// <param name="tokens">Row-major [hypotheses, length].</param>
    private TokenLogits RunCached(int[] tokens, int hypotheses, int length)
    {
        var first = _crossCache[0].GetTensorTypeAndShape().Shape[2] == 0;
        var past = _cache[0].GetTensorTypeAndShape().Shape[2];
        var logits = new float[hypotheses * length * _decoder.VocabularySize];
        var present = new OrtValue[_cache.Length];
        var presentCross = new OrtValue[first ? _crossCache.Length : 0];
        try
        {
            for (var i = 0; i < present.Length; i++)
            {
                present[i] = Allocate(hypotheses, past + length);
            }

            for (var i = 0; i < presentCross.Length; i++)
            {
                presentCross[i] = Allocate(1, _visual.Steps);
            }

            using var logitsValue = OrtValue.CreateTensorValueFromMemory(logits, [hypotheses, length, _decoder.VocabularySize]);
            Run(tokens, hypotheses, length, first ? _video : _noVideo, [.. _cache, .. _crossCache],
                first ? _decoder.FirstStepOutputNames : _decoder.StepOutputNames, [logitsValue, .. present, .. presentCross]);
        }
        catch
        {
            DisposeAll(present);
            DisposeAll(presentCross);
            throw;
        }

        DisposeAll(_cache);
        _cache = present;
        if (first)
        {
            DisposeAll(_crossCache);
            _crossCache = presentCross;
        }

        _hypotheses = hypotheses;
        return LastPositions(logits, hypotheses, length);
    }

    private TokenLogits Recompute()
    {
        var hypotheses = _prefixes.Length;
        var length = _prefixes[0].Length;
        var logits = new float[hypotheses * length * _decoder.VocabularySize];
        var empty = EmptyCaches(hypotheses);
        var emptyCross = EmptyCaches(1);
        try
        {
            using var logitsValue = OrtValue.CreateTensorValueFromMemory(logits, [hypotheses, length, _decoder.VocabularySize]);
            Run([.. _prefixes.SelectMany(p => p)], hypotheses, length, _video, [.. empty, .. emptyCross], LogitsOnly, [logitsValue]);
        }
        finally
        {
            DisposeAll(empty);
            DisposeAll(emptyCross);
        }

        _hypotheses = hypotheses;
        return LastPositions(logits, hypotheses, length);
    }

    private void Run(int[] tokens, int hypotheses, int length, OrtValue video, OrtValue[] caches, string[] outputNames, OrtValue[] outputs)
    {
        using var ids = OrtValue.CreateTensorValueFromMemory(Array.ConvertAll(tokens, t => (long)t), [hypotheses, length]);
        _decoder.Session.Run(_runOptions, _decoder.InputNames, [ids, video, _videoValid, .. caches], outputNames, outputs);
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
            selected[i] = Allocate(parents.Length, shape[2]);
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

    private OrtValue[] EmptyCaches(int rows) => [.. Enumerable.Range(0, _decoder.Layers * 2).Select(_ => Allocate(rows, 0))];

    private OrtValue Allocate(int rows, long length) =>
        OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, TensorElementType.Float, [rows, _decoder.Heads, length, _decoder.HeadDim]);

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

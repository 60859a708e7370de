using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Decoding;
using Sign2Gpt.Training.Export;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Tests.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Decoding;

/// <summary>
/// The one beam search gives the same translation through the exported decoder in ONNX Runtime (with its key/value
/// cache, and recomputing) as through the TorchSharp model: same tokens, score to 1e-4.
/// </summary>
public sealed class BeamSearchParityTests : IDisposable
{
    private const double Tolerance = 1e-4;
    private const int ModelVersion = 1;

    private readonly Sign2GptModel _model = OpenGatesModel.Create(seed: 23);

    /// <summary>Video seed, real frames of 16, prompt, maximum length (8 cuts that translation short).</summary>
    public static TheoryData<int, int, int[], int> Videos => new()
    {
        { 1, 12, [1, 5], 64 },
        { 2, 9, [1], 64 },
        { 3, 16, [1, 7, 9], 64 },
        { 4, 7, [1, 6], 64 },
        { 5, 14, [1, 5], 64 },
        { 1, 12, [1, 5], 8 },
    };

    [Theory]
    [MemberData(nameof(Videos))]
    public void Onnx_with_and_without_the_cache_translates_as_torch(int seed, int realFrames, int[] prompt, int maxLength)
    {
        var video = Video(seed, realFrames);
        var options = BeamSearchOptions.Paper with { MaxLength = maxLength };
        using var session = OpenDecoder();

        var expected = TranslateWithTorch(video, prompt, options);
        var cached = new OnnxDecoder(session).Translate(video.Visual, prompt, options, adapter: null, CancellationToken.None);
        var recomputed = new OnnxDecoder(session, DecoderCacheMode.Recompute).Translate(video.Visual, prompt, options, adapter: null, CancellationToken.None);

        AssertSame(expected, cached);
        AssertSame(expected, recomputed);
    }

    /// <summary>
    /// Guards the parity cases against passing trivially: the same translation everywhere, or beams that never
    /// reorder and so never make the cache be gathered.
    /// </summary>
    [Fact]
    public void The_cases_translate_differently_reorder_beams_end_with_eos_and_get_cut_at_the_maximum_length()
    {
        var runs = Videos.Select(row => TranslateCountingReorders(
            Video((int)row[0], (int)row[1]), (int[])row[2], BeamSearchOptions.Paper with { MaxLength = (int)row[3] })).ToList();
        var results = runs.Select(r => r.Result).ToList();

        Assert.True(results.Select(r => string.Join(' ', r.Tokens)).Distinct().Count() >= 4, "the videos should decide the translation");
        Assert.Contains(results, r => r.EndedWithEos);
        Assert.Contains(results, r => !r.EndedWithEos);
        Assert.All(runs, r => Assert.True(r.Reorders > 0, "no step reordered the beams"));
    }

    [Fact]
    public void An_adapter_active_on_one_translation_matches_torch_with_its_weights_loaded()
    {
        var video = Video(seed: 6, realFrames: 11);
        int[] prompt = [1, 5];
        using var session = OpenDecoder();
        var adapter = RandomAdapter(seed: 99);
        AdapterCompatibility.EnsureCompatible(adapter, session, ModelVersion);
        using var ortAdapter = OrtLoraAdapter.Create(LoraAdapterFile.Write(adapter), null);
        var decoder = new OnnxDecoder(session);

        var baseExpected = TranslateWithTorch(video, prompt);
        var adapted = decoder.Translate(video.Visual, prompt, BeamSearchOptions.Paper, ortAdapter, CancellationToken.None);
        var baseAfter = decoder.Translate(video.Visual, prompt, BeamSearchOptions.Paper, adapter: null, CancellationToken.None);
        Load(adapter);
        var adaptedExpected = TranslateWithTorch(video, prompt);

        AssertSame(adaptedExpected, adapted);
        AssertSame(baseExpected, baseAfter);
        Assert.True(
            !adapted.Tokens.SequenceEqual(baseAfter.Tokens) || Math.Abs(adapted.Score - baseAfter.Score) > 1e-2,
            "the adapter did not change the translation");
    }

    public void Dispose() => _model.Dispose();

    private BeamSearchResult TranslateWithTorch(TestVideo video, int[] prompt, BeamSearchOptions? options = null) =>
        TranslateCountingReorders(video, prompt, options ?? BeamSearchOptions.Paper).Result;

    private (BeamSearchResult Result, int Reorders) TranslateCountingReorders(TestVideo video, int[] prompt, BeamSearchOptions options)
    {
        using var torch = new TorchScorer(_model, video.SignFeatures, video.SignValid);
        var scorer = new ReorderCountingScorer(torch);
        return (BeamSearch.Run(scorer, prompt, options, CancellationToken.None), scorer.Reorders);
    }

    private InferenceSession OpenDecoder()
    {
        // Every LoRA input is an overridable initializer, which ONNX Runtime warns about once each.
        using var options = new SessionOptions { LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR };
        return new InferenceSession(DecoderExporter.Export(_model, float16: false), options);
    }

    /// <summary>A clip of 16 frames whose last ones are padding when <paramref name="realFrames"/> is below 16.</summary>
    private TestVideo Video(int seed, int realFrames)
    {
        const int Frames = 16;
        random.manual_seed(seed);
        using var features = randn(1, Frames, TinyConfig.FeatureSize);
        using var valid = tensor(Enumerable.Range(0, Frames).Select(i => i < realFrames).ToArray(), [1, Frames]);
        var (signFeatures, signValid) = _model.Encode(features, valid);
        using var visual = _model.VisualTokens(signFeatures);
        return new TestVideo(signFeatures, signValid, new VisualTokens(visual.contiguous().data<float>().ToArray(), signValid.data<bool>().ToArray()));
    }

    /// <summary>New values for some LoRA B matrices and gates in every layer, named as the exported graph's inputs.</summary>
    private LoraAdapter RandomAdapter(int seed)
    {
        random.manual_seed(seed);
        var state = _model.state_dict();
        var names = Enumerable.Range(0, _model.Config.Decoder.Layers).SelectMany(layer => new[]
        {
            $"language_model.layers.{layer}.self_attn.q_proj.lora.lora_B",
            $"language_model.layers.{layer}.self_attn.v_proj.lora.lora_B",
            $"language_model.layers.{layer}.self_attn.cross_k.lora_B",
            $"language_model.layers.{layer}.self_attn.gate",
        });
        var parameters = names.Select(name =>
        {
            using var values = name.EndsWith(".gate", StringComparison.Ordinal) ? rand(state[name].shape) : randn(state[name].shape) * 0.5;
            return LoraParameter.FromFloat32(name, state[name].shape, values.data<float>().ToArray());
        });
        return new LoraAdapter(adapterVersion: 1, ModelVersion, [.. parameters]);
    }

    private void Load(LoraAdapter adapter)
    {
        var state = _model.state_dict();
        using var _ = no_grad();
        foreach (var parameter in adapter.Parameters)
        {
            state[parameter.Name].copy_(tensor(parameter.ToFloats(), parameter.Dims));
        }
    }

    private static void AssertSame(BeamSearchResult expected, BeamSearchResult actual)
    {
        Assert.Equal(expected.Tokens, actual.Tokens);
        Assert.Equal(expected.EndedWithEos, actual.EndedWithEos);
        Assert.True(Math.Abs(expected.Score - actual.Score) < Tolerance, $"score {actual.Score} vs {expected.Score}");
        Assert.Equal(expected.StepLogProbabilities, actual.StepLogProbabilities, (x, y) => Math.Abs(x - y) < Tolerance);
    }

    private sealed record TestVideo(Tensor SignFeatures, Tensor SignValid, VisualTokens Visual);
}

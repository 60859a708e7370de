using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Export;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Tests.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Export;

/// <summary>The exported graphs compute what the TorchSharp modules compute, to 1e-4.</summary>
public sealed class ExportParityTests : IDisposable
{
    private readonly Sign2GptModel _model;

    public ExportParityTests() => _model = OpenGatesModel.Create(seed: 11);

    [Fact]
    public void Encoder_matches_on_a_padded_batch()
    {
        using var features = randn(2, 13, TinyConfig.FeatureSize);
        using var valid = tensor(Enumerable.Range(0, 26).Select(i => i < 13 || i - 13 < 9).ToArray(), [2, 13]);
        var (expectedFeatures, expectedValid) = _model.Encode(features, valid);
        using var expectedVisual = _model.VisualTokens(expectedFeatures);
        using var expectedScores = _model.PseudoGlosses(expectedFeatures, expectedValid);

        using var session = new InferenceSession(SignEncoderExporter.Export(_model, float16: false));
        using var outputs = session.Run([
            NamedOnnxValue.CreateFromTensor(EncoderGraph.Features, Dense(features)),
            NamedOnnxValue.CreateFromTensor(EncoderGraph.Valid, new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<bool>(valid.data<bool>().ToArray(), [2, 13])),
        ]);

        Assert.Equal(expectedValid.data<bool>().ToArray(), Output<bool>(outputs, EncoderGraph.SignValid));
        AssertClose(expectedVisual, Output<float>(outputs, EncoderGraph.VisualTokens));
        AssertClose(expectedScores.Timeline, Output<float>(outputs, EncoderGraph.Timeline));
        AssertClose(expectedScores.Presence, Output<float>(outputs, EncoderGraph.Presence));
    }

    [Fact]
    public void Decoder_step_by_step_with_the_self_and_cross_caches_matches_the_full_sequence()
    {
        using var features = randn(1, 10, TinyConfig.FeatureSize);
        using var valid = ones(1, 10, dtype: @bool);
        var (signFeatures, signValid) = _model.Encode(features, valid);
        long[] tokens = [1, 7, 3, 12, 5, 30];
        using var expected = _model.Translate(signFeatures, signValid, tensor(tokens, [1, tokens.Length]));
        using var visual = _model.VisualTokens(signFeatures);

        using var session = new InferenceSession(DecoderExporter.Export(_model, float16: false));
        var config = _model.Config.Decoder;
        var headDim = config.Dim / config.Heads;
        var cache = Enumerable.Range(0, config.Layers * 2).Select(_ => (Values: Array.Empty<float>(), Length: 0)).ToArray();
        var crossCache = Enumerable.Range(0, config.Layers * 2).Select(_ => (Values: Array.Empty<float>(), Length: 0)).ToArray();
        var noVideo = new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<float>(Array.Empty<float>(), [1, 0, (int)visual.shape[2]]);
        for (var step = 0; step < tokens.Length; step++)
        {
            var inputs = new List<NamedOnnxValue>
            {
                NamedOnnxValue.CreateFromTensor(DecoderGraph.InputIds, new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<long>(new[] { tokens[step] }, [1, 1])),
                NamedOnnxValue.CreateFromTensor(DecoderGraph.VisualTokens, step == 0 ? Dense(visual) : noVideo),
                NamedOnnxValue.CreateFromTensor(DecoderGraph.VisualValid, new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<bool>(signValid.data<bool>().ToArray(), [1, (int)signValid.shape[1]])),
            };
            for (var layer = 0; layer < config.Layers; layer++)
            {
                inputs.Add(CacheInput(DecoderGraph.PastKey(layer), cache[2 * layer], config.Heads, headDim));
                inputs.Add(CacheInput(DecoderGraph.PastValue(layer), cache[(2 * layer) + 1], config.Heads, headDim));
                inputs.Add(CacheInput(DecoderGraph.PastCrossKey(layer), crossCache[2 * layer], config.Heads, headDim));
                inputs.Add(CacheInput(DecoderGraph.PastCrossValue(layer), crossCache[(2 * layer) + 1], config.Heads, headDim));
            }

            using var outputs = session.Run(inputs);
            var logits = Output<float>(outputs, DecoderGraph.Logits);
            var reference = expected[0, step].data<float>().ToArray();
            Assert.True(MaxDifference(reference, logits) < 1e-4, $"step {step}: {MaxDifference(reference, logits)}");
            for (var layer = 0; layer < config.Layers; layer++)
            {
                cache[2 * layer] = (Output<float>(outputs, DecoderGraph.PresentKey(layer)), step + 1);
                cache[(2 * layer) + 1] = (Output<float>(outputs, DecoderGraph.PresentValue(layer)), step + 1);
                crossCache[2 * layer] = (Output<float>(outputs, DecoderGraph.PresentCrossKey(layer)), (int)visual.shape[1]);
                crossCache[(2 * layer) + 1] = (Output<float>(outputs, DecoderGraph.PresentCrossValue(layer)), (int)visual.shape[1]);
            }
        }
    }

    [Fact]
    public void Decoder_with_float16_weights_stays_close()
    {
        using var features = randn(1, 8, TinyConfig.FeatureSize);
        using var valid = ones(1, 8, dtype: @bool);
        var (signFeatures, signValid) = _model.Encode(features, valid);
        using var visual = _model.VisualTokens(signFeatures);
        long[] tokens = [1, 4, 9];
        using var expected = _model.Translate(signFeatures, signValid, tensor(tokens, [1, 3]));

        using var session = new InferenceSession(DecoderExporter.Export(_model, float16: true));
        var config = _model.Config.Decoder;
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor(DecoderGraph.InputIds, new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<long>(tokens, [1, 3])),
            NamedOnnxValue.CreateFromTensor(DecoderGraph.VisualTokens, Dense(visual)),
            NamedOnnxValue.CreateFromTensor(DecoderGraph.VisualValid, new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<bool>(signValid.data<bool>().ToArray(), [1, (int)signValid.shape[1]])),
        };
        for (var layer = 0; layer < config.Layers; layer++)
        {
            inputs.Add(CacheInput(DecoderGraph.PastKey(layer), (Array.Empty<float>(), 0), config.Heads, config.Dim / config.Heads));
            inputs.Add(CacheInput(DecoderGraph.PastValue(layer), (Array.Empty<float>(), 0), config.Heads, config.Dim / config.Heads));
            inputs.Add(CacheInput(DecoderGraph.PastCrossKey(layer), (Array.Empty<float>(), 0), config.Heads, config.Dim / config.Heads));
            inputs.Add(CacheInput(DecoderGraph.PastCrossValue(layer), (Array.Empty<float>(), 0), config.Heads, config.Dim / config.Heads));
        }

        using var outputs = session.Run(inputs);
        var difference = MaxDifference(expected.data<float>().ToArray(), Output<float>(outputs, DecoderGraph.Logits));
        Assert.InRange(difference, 1e-7, 5e-2);
    }

    public void Dispose() => _model.Dispose();

    private static NamedOnnxValue CacheInput(string name, (float[] Values, int Length) cache, int heads, int headDim) =>
        NamedOnnxValue.CreateFromTensor(name, new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<float>(cache.Values, [1, heads, cache.Length, headDim]));

    private static Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<float> Dense(Tensor t) =>
        new(t.contiguous().data<float>().ToArray(), t.shape.Select(d => (int)d).ToArray());

    private static T[] Output<T>(IDisposableReadOnlyCollection<DisposableNamedOnnxValue> outputs, string name) =>
        outputs.Single(o => o.Name == name).AsTensor<T>().ToArray();

    private static void AssertClose(Tensor expected, float[] actual)
    {
        var difference = MaxDifference(expected.contiguous().data<float>().ToArray(), actual);
        Assert.True(difference < 1e-4, $"max difference {difference}");
    }

    private static float MaxDifference(float[] a, float[] b)
    {
        Assert.Equal(a.Length, b.Length);
        return a.Zip(b).Max(p => Math.Abs(p.First - p.Second));
    }
}

using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Export;
using Sign2Gpt.Training.Import;
using Sign2Gpt.Training.Model;
using Sign2Gpt.Training.Tests.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Import;

/// <summary>A model rebuilt from its exported graphs computes what the original computes.</summary>
public sealed class BundleModelImportTests
{
    [Theory]
    [InlineData(false, 1e-5)]
    [InlineData(true, 5e-2)]
    public void A_model_loaded_from_its_exported_graphs_encodes_and_decodes_like_the_original(bool float16, double tolerance)
    {
        using var original = OpenGatesModel.Create(seed: 11);
        using var rebuilt = OpenGatesModel.Create(seed: 99);
        BundleModelImport.Load(rebuilt, SignEncoderExporter.Export(original, float16), DecoderExporter.Export(original, float16));
        rebuilt.eval();

        using var features = randn(2, 12, TinyConfig.FeatureSize);
        using var valid = tensor(Enumerable.Range(0, 24).Select(i => i < 12 || i - 12 < 8).ToArray(), [2, 12]);
        long[] tokens = [1, 7, 3, 12, 5];
        var (expectedFeatures, expectedValid) = original.Encode(features, valid);
        var (actualFeatures, actualValid) = rebuilt.Encode(features, valid);
        using var expectedLogits = original.Translate(expectedFeatures, expectedValid, tensor(tokens.Concat(tokens).ToArray(), [2, tokens.Length]));
        using var actualLogits = rebuilt.Translate(actualFeatures, actualValid, tensor(tokens.Concat(tokens).ToArray(), [2, tokens.Length]));
        using var expectedScores = original.PseudoGlosses(expectedFeatures, expectedValid);
        using var actualScores = rebuilt.PseudoGlosses(actualFeatures, actualValid);

        Assert.Equal(expectedValid.data<bool>().ToArray(), actualValid.data<bool>().ToArray());
        Assert.True((expectedFeatures - actualFeatures).abs().max().item<float>() < tolerance, "encoder features");
        Assert.True((expectedScores.Timeline - actualScores.Timeline).abs().max().item<float>() < tolerance, "timeline");
        Assert.True((expectedLogits - actualLogits).abs().max().item<float>() < tolerance * 10, "decoder logits");
    }

    [Fact]
    public void The_shipped_demo_bundle_rebuilds_a_default_model_that_encodes_as_the_bundle_does()
    {
        var bundle = Path.Combine(AppContext.BaseDirectory, "models", "demo");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "manifest.json")));
        var architecture = manifest.RootElement.GetProperty("architecture");
        var config = ModelConfigs.Default with
        {
            Decoder = ModelConfigs.Default.Decoder with { VocabularySize = architecture.GetProperty("vocabularySize").GetInt32() },
        };
        using var model = new Sign2GptModel(config, architecture.GetProperty("pseudoGlossCount").GetInt32());
        var encoder = File.ReadAllBytes(Path.Combine(bundle, "encoder.onnx"));

        BundleModelImport.Load(model, encoder, File.ReadAllBytes(Path.Combine(bundle, "decoder.onnx")));
        model.eval();

        using var features = rand(1, 20, config.Spatial.FeatureSize) * 2;
        using var valid = ones(1, 20, dtype: @bool);
        var (signFeatures, _) = model.Encode(features, valid);
        using var visual = model.VisualTokens(signFeatures);
        using var session = new InferenceSession(encoder);
        using var outputs = session.Run([
            NamedOnnxValue.CreateFromTensor(EncoderGraph.Features, new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<float>(features.data<float>().ToArray(), [1, 20, (int)config.Spatial.FeatureSize])),
            NamedOnnxValue.CreateFromTensor(EncoderGraph.Valid, new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<bool>(Enumerable.Repeat(true, 20).ToArray(), [1, 20])),
        ]);
        var expected = outputs.Single(o => o.Name == EncoderGraph.VisualTokens).AsTensor<float>().ToArray();

        Assert.Equal(expected.Length, (int)visual.numel());
        Assert.True(expected.Zip(visual.data<float>().ToArray()).Max(p => Math.Abs(p.First - p.Second)) < 1e-3);
    }

    [Fact]
    public void A_bundle_of_another_shape_is_refused_naming_the_weights_that_do_not_fit()
    {
        using var original = OpenGatesModel.Create(seed: 11);
        var wider = TinyConfig.Create() with { Decoder = TinyConfig.Create().Decoder with { FfnDim = 96 } };
        using var other = new Sign2GptModel(wider, pseudoGlossVocabulary: 9);

        var error = Assert.Throws<InvalidDataException>(() =>
            BundleModelImport.Load(other, SignEncoderExporter.Export(original, float16: false), DecoderExporter.Export(original, float16: false)));

        Assert.Contains("language_model.layers.0.fc1.weight: the bundle has [64,32], the model [96,32]", error.Message, StringComparison.Ordinal);
    }
}

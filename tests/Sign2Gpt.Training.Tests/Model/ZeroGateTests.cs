using Sign2Gpt.Training.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Model;

public sealed class ZeroGateTests
{
    [Fact]
    public void At_initialisation_the_decoder_is_exactly_the_frozen_language_model()
    {
        random.manual_seed(1);
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 12);
        model.eval();
        using var frames = randn(2, 10, TinyConfig.FeatureSize);
        using var valid = ones(2, 10, dtype: @bool);
        using var tokens = tensor(new long[] { 1, 5, 6, 7, 1, 8, 9, 10 }, [2, 4]);

        var (signFeatures, signValid) = model.Encode(frames, valid);
        using var withVideo = model.Translate(signFeatures, signValid, tokens);
        using var withoutVideo = model.Language.forward(tokens, null, null);

        Assert.Equal(0, (withVideo - withoutVideo).abs().max().item<float>(), 6);
    }

    [Fact]
    public void Once_a_gate_opens_the_video_changes_the_logits()
    {
        random.manual_seed(2);
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 12);
        model.eval();
        OpenGatesAndAdapters(model);
        using var frames = randn(1, 10, TinyConfig.FeatureSize);
        using var valid = ones(1, 10, dtype: @bool);
        using var tokens = tensor(new long[] { 1, 5, 6 }, [1, 3]);

        var (signFeatures, signValid) = model.Encode(frames, valid);
        using var withVideo = model.Translate(signFeatures, signValid, tokens);
        using var withoutVideo = model.Language.forward(tokens, null, null);

        Assert.True((withVideo - withoutVideo).abs().max().item<float>() > 1e-3);
    }

    [Fact]
    public void A_closed_gate_still_receives_gradient()
    {
        random.manual_seed(3);
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 12);
        ParameterRoles.Apply(model, TrainingStage.Translation);
        using var frames = randn(1, 8, TinyConfig.FeatureSize);
        using var valid = ones(1, 8, dtype: @bool);
        using var tokens = tensor(new long[] { 1, 5, 6 }, [1, 3]);

        var (signFeatures, signValid) = model.Encode(frames, valid);
        model.Translate(signFeatures, signValid, tokens).sum().backward();

        var gate = model.named_parameters().Single(p => p.name == "language_model.layers.0.self_attn.gate").parameter;
        Assert.NotNull(gate.grad);
        Assert.True(gate.grad!.abs().sum().item<float>() > 0);
    }

    private static void OpenGatesAndAdapters(Sign2GptModel model)
    {
        using var _ = no_grad();
        foreach (var (name, parameter) in model.named_parameters())
        {
            if (name.EndsWith(".gate", StringComparison.Ordinal))
            {
                parameter.fill_(0.5);
            }
        }
    }
}

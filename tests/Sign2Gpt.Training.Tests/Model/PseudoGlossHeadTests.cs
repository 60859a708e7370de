using Sign2Gpt.Training.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Model;

public sealed class PseudoGlossHeadTests
{
    [Fact]
    public void Scores_are_probabilities_and_ignore_padded_steps()
    {
        random.manual_seed(5);
        using var head = new PseudoGlossHead(ModelConfigs.Default.Head with { EmbeddingSize = 8 }, 16, vocabulary: 5, device: null);
        head.eval();
        head.SetPrototypes(cat([randn(5, 8), zeros(1, 8)]));
        using var x = randn(1, 6, 16);
        using var valid = tensor(new[] { true, true, true, true, false, false }, [1, 6]);
        using var changedPadding = x.clone();
        changedPadding[0, 5] = randn(16) * 50;

        using var scores = head.forward(x, valid);
        using var again = head.forward(changedPadding, valid);

        Assert.Equal(new long[] { 1, 5 }, scores.Presence.shape);
        Assert.Equal(new long[] { 1, 6, 5 }, scores.Timeline.shape);
        Assert.True(scores.Presence.ge(0).all().item<bool>() && scores.Presence.le(1).all().item<bool>());
        Assert.True((scores.Presence - again.Presence).abs().max().item<float>() < 1e-6);
    }

    [Fact]
    public void A_gloss_whose_prototype_matches_a_step_scores_high()
    {
        using var head = new PseudoGlossHead(ModelConfigs.Default.Head with { EmbeddingSize = 4, Dropout = 0 }, 4, vocabulary: 3, device: null);
        head.eval();
        head.SetPrototypes(tensor(new float[] { 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0 }, [4, 4]));
        using (no_grad())
        {
            var fc = head.named_parameters().Single(p => p.name == "fc.weight").parameter;
            fc.copy_(eye(4));
            head.named_parameters().Single(p => p.name == "fc.bias").parameter.zero_();
        }

        // Step 0 looks like gloss 1, step 1 like gloss 1 again, step 2 like gloss 2.
        using var x = tensor(new float[] { 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0 }, [1, 3, 4]);
        using var scores = head.forward(x, ones(1, 3, dtype: @bool));

        var presence = scores.Presence[0].data<float>().ToArray();
        Assert.True(presence[1] > 0.5 && presence[2] > 0.5 && presence[0] < 0.1, string.Join(", ", presence));
    }

    [Fact]
    public void Wrong_prototype_shape_is_refused()
    {
        using var head = new PseudoGlossHead(ModelConfigs.Default.Head, 16, vocabulary: 5, device: null);

        var error = Assert.Throws<ArgumentException>(() => head.SetPrototypes(zeros(5, 300)));

        Assert.Contains("[6, 300]", error.Message);
    }
}

using Sign2Gpt.Training.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Tests.Model;

public sealed class SignEncoderTests
{
    [Fact]
    public void Local_mask_allows_three_neighbours_each_side_real_keys_and_the_diagonal()
    {
        using var valid = tensor(new[] { true, true, true, true, true, true, false, false }, [1, 8]);

        using var mask = Attention.LocalMask(valid, halfWindow: 3);

        Assert.Equal(new long[] { 1, 1, 8, 8 }, mask.shape);
        Assert.True(mask[0, 0, 0, 3].item<bool>());
        Assert.False(mask[0, 0, 0, 4].item<bool>());
        Assert.False(mask[0, 0, 4, 6].item<bool>(), "a padded key is hidden");
        Assert.True(mask[0, 0, 7, 7].item<bool>(), "the diagonal is always allowed");
        Assert.False(mask[0, 0, 7, 6].item<bool>());
    }

    [Fact]
    public void Downsampler_halves_time_pools_the_mask_and_keeps_position_zero()
    {
        using var x = arange(10, dtype: float32).reshape(1, 5, 2);
        using var valid = tensor(new[] { false, false, true, true, false }, [1, 5]);

        var (pooled, pooledValid) = TemporalDownsampler.Apply(x, valid);

        Assert.Equal(new long[] { 1, 3, 2 }, pooled.shape);
        // Window for output 1 covers inputs 1..3: (2 + 4 + 6) / 3 on channel 0.
        Assert.Equal(4f, pooled[0, 1, 0].item<float>(), 5);
        // Window 0 covers padding and inputs 0..1 (all invalid) yet is forced valid; window 2 covers input 3 (valid).
        Assert.Equal(new[] { true, true, true }, pooledValid[0].data<bool>().ToArray());
        Assert.Equal(3, TemporalDownsampler.OutputLength(5));
    }

    [Fact]
    public void Rotary_embedding_preserves_norms_and_encodes_relative_position()
    {
        using var q = randn(1, 1, 6, 8);
        using var shifted = cat([zeros(1, 1, 2, 8), q[TensorIndex.Colon, TensorIndex.Colon, TensorIndex.Slice(0, 4)]], 2);

        using var rotated = RotaryEmbedding.Apply(q);
        using var rotatedShifted = RotaryEmbedding.Apply(shifted);

        Assert.True((rotated.norm(dim: -1) - q.norm(dim: -1)).abs().max().item<float>() < 1e-5);
        // Dot products depend only on the distance: rows 0,1 of q sit at positions 2,3 in the shifted copy.
        var original = (rotated[0, 0, 0] * rotated[0, 0, 1]).sum().item<float>();
        var moved = (rotatedShifted[0, 0, 2] * rotatedShifted[0, 0, 3]).sum().item<float>();
        Assert.Equal(original, moved, 4);
    }

    [Fact]
    public void Padding_frames_do_not_change_the_pseudo_gloss_scores_of_real_frames_before_pooling_reaches_them()
    {
        random.manual_seed(4);
        using var model = new Sign2GptModel(TinyConfig.Create(), pseudoGlossVocabulary: 6);
        model.eval();
        using var frames = randn(1, 12, TinyConfig.FeatureSize);
        using var padded = cat([frames, randn(1, 8, TinyConfig.FeatureSize) * 100], 1);
        using var valid = ones(1, 12, dtype: @bool);
        using var paddedValid = cat([valid, zeros(1, 8, dtype: @bool)], 1);

        var (a, aValid) = model.Encode(frames, valid);
        var (b, bValid) = model.Encode(padded, paddedValid);

        Assert.Equal(6, aValid.sum().item<long>());
        // Pooled step 6 covers frames 11..13 and frame 11 is real, so the padded batch has one more valid step.
        Assert.Equal(7, bValid.sum().item<long>());
        // Sign steps 0..3 only see frames 0..8 through pooling and the local window.
        var difference = (a[0, TensorIndex.Slice(0, 3)] - b[0, TensorIndex.Slice(0, 3)]).abs().max().item<float>();
        Assert.True(difference < 1e-4, $"difference {difference}");
    }
}

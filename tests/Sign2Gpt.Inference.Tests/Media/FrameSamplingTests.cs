using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Inference.Tests.Media;

public sealed class FrameSamplingTests
{
    [Fact]
    public void Training_sampling_uses_stride_two_from_an_offset_up_to_three()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var indices = TrainingFrameSampler.Select(100, new Random(seed));
            Assert.InRange(indices[0], 0, 3);
            Assert.All(indices.Zip(indices.Skip(1)), pair => Assert.Equal(2, pair.Second - pair.First));
        }
    }

    [Fact]
    public void Training_sampling_covers_every_offset()
    {
        var offsets = Enumerable.Range(0, 200).Select(seed => TrainingFrameSampler.Select(40, new Random(seed))[0]).ToHashSet();

        Assert.Equal([0, 1, 2, 3], offsets.Order());
    }

    [Fact]
    public void Long_videos_are_subsampled_to_256_sorted_frames()
    {
        var indices = TrainingFrameSampler.Select(2000, new Random(7));

        Assert.Equal(256, indices.Count);
        Assert.Equal(indices.Order(), indices);
        Assert.Equal(256, indices.Distinct().Count());
        Assert.True(indices[^1] > 1500, "the subsample should span the whole video");
    }

    [Fact]
    public void Training_sampling_is_deterministic_for_a_seed()
    {
        Assert.Equal(TrainingFrameSampler.Select(900, new Random(11)), TrainingFrameSampler.Select(900, new Random(11)));
        Assert.NotEqual(TrainingFrameSampler.Select(900, new Random(11)), TrainingFrameSampler.Select(900, new Random(12)));
    }

    [Fact]
    public void Evaluation_selection_keeps_even_frames()
    {
        Assert.Equal([0, 2, 4, 6], Enumerable.Range(0, 8).Where(FrameSelection.Evaluation.Keeps));
    }

    [Fact]
    public void Identity_augmentation_reproduces_the_frame()
    {
        var frame = Gradient(32, 32);

        Assert.Equal(frame.Pixels, FrameAugmentation.Identity.Apply(frame, 32).Pixels);
    }

    [Fact]
    public void Horizontal_flip_mirrors_the_frame()
    {
        var frame = Gradient(32, 32);

        var flipped = (FrameAugmentation.Identity with { FlipHorizontally = true }).Apply(frame, 32);

        Assert.Equal(frame.Pixels[((5 * 32) + 31) * 3], flipped.Pixels[5 * 32 * 3]);
    }

    [Fact]
    public void Grayscale_makes_channels_equal()
    {
        var gray = (FrameAugmentation.Identity with { Grayscale = true }).Apply(Gradient(16, 16), 16);

        for (var i = 0; i < gray.Pixels.Length; i += 3)
        {
            Assert.Equal(gray.Pixels[i], gray.Pixels[i + 1]);
            Assert.Equal(gray.Pixels[i], gray.Pixels[i + 2]);
        }
    }

    [Fact]
    public void Drawn_plans_stay_within_the_papers_ranges()
    {
        var random = new Random(5);
        var plans = Enumerable.Range(0, 500).Select(_ => FrameAugmentation.Draw(random)).ToList();

        Assert.All(plans, p =>
        {
            Assert.InRange(p.RotationDegrees, -5, 5);
            Assert.InRange(p.CropWidth * p.CropHeight, 0.87, 1.0);
            Assert.InRange(p.CropX + p.CropWidth, 0, 1.0000001);
        });
        Assert.InRange(plans.Count(p => p.FlipHorizontally) / 500.0, 0.4, 0.6);
        Assert.InRange(plans.Count(p => p.Grayscale) / 500.0, 0.13, 0.27);
        Assert.InRange(plans.Count(p => p.RotationDegrees != 0) / 500.0, 0.22, 0.38);
    }

    private static RgbFrame Gradient(int width, int height)
    {
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var offset = ((y * width) + x) * 3;
                pixels[offset] = (byte)(x * 7);
                pixels[offset + 1] = (byte)(y * 5);
                pixels[offset + 2] = (byte)((x + y) * 3);
            }
        }

        return new RgbFrame(0, width, height, pixels);
    }
}

using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Training.Data;

namespace Sign2Gpt.Training.Tests.Data;

public sealed class FeatureAugmentationTests
{
    private const int Dim = 4;

    [Fact]
    public void No_augmentation_hands_back_the_batch_untouched()
    {
        IReadOnlyList<TranslationExample> batch = [Example("a", frames: 10, value: 1)];

        Assert.Same(batch, FeatureAugmentation.None.Apply(batch, batch, new Random(1)));
    }

    [Fact]
    public void Playing_twice_as_fast_keeps_every_second_frame_and_its_source_index()
    {
        var video = Example("a", frames: 10, value: 0);
        var fast = new FeatureAugmentation(MinSpeed: 2, MaxSpeed: 2, AppearanceSwap: 0, Dropout: 0);

        var features = fast.Apply([video], [video], new Random(3))[0].Features;

        Assert.Equal(5, features.FrameCount);
        Assert.All(Enumerable.Range(1, 4), j => Assert.Equal(features.FrameIndices[j - 1] + 2, features.FrameIndices[j]));
        for (var j = 0; j < features.FrameCount; j++)
        {
            Assert.Equal(video.Features.Row(features.FrameIndices[j]).ToArray(), features.Row(j).ToArray());
        }
    }

    [Fact]
    public void Slowing_down_repeats_frames_and_lengthens_the_video()
    {
        var video = Example("a", frames: 10, value: 0);
        var slow = new FeatureAugmentation(MinSpeed: 0.5, MaxSpeed: 0.5, AppearanceSwap: 0, Dropout: 0);

        var features = slow.Apply([video], [video], new Random(3))[0].Features;

        Assert.Equal(20, features.FrameCount);
        Assert.Equal(Enumerable.Range(0, 10), features.FrameIndices.Distinct().Order());
    }

    [Fact]
    public void A_swapped_look_keeps_the_motion_and_takes_the_other_videos_mean_feature()
    {
        var video = Example("a", frames: 6, value: 10);
        var other = Example("b", frames: 8, value: 50);
        var swap = new FeatureAugmentation(MinSpeed: 1, MaxSpeed: 1, AppearanceSwap: 1, Dropout: 0);

        var features = swap.Apply([video], [other], new Random(1))[0].Features;

        for (var d = 0; d < Dim; d++)
        {
            Assert.Equal(Mean(other.Features, d), Mean(features, d), precision: 3);
            Assert.Equal(video.Features.Row(5)[d] - video.Features.Row(0)[d], features.Row(5)[d] - features.Row(0)[d], precision: 3);
        }
    }

    [Fact]
    public void Dropout_zeroes_about_its_share_of_values_and_keeps_the_mean()
    {
        var video = Example("a", frames: 500, value: 1);
        var dropout = new FeatureAugmentation(MinSpeed: 1, MaxSpeed: 1, AppearanceSwap: 0, Dropout: 0.2);

        var values = dropout.Apply([video], [video], new Random(5))[0].Features.Values;

        Assert.InRange(values.Count(v => v == 0) / (double)values.Length, 0.17, 0.23);
        Assert.InRange(values.Average(), video.Features.Values.Average() * 0.95, video.Features.Values.Average() * 1.05);
    }

    [Fact]
    public void Steps_pick_the_evaluation_view_and_every_augmented_view_alike_and_leave_them_as_they_are()
    {
        var video = Example("a", frames: 5, value: 0) with { AugmentedViews = [Example("b", 5, 100).Features, Example("c", 5, 200).Features] };
        var viewsOnly = FeatureAugmentation.None with { ImageViews = 2 };
        var random = new Random(9);

        var picks = Enumerable.Range(0, 3000).Select(_ => viewsOnly.Apply([video], [video], random)[0].Features).ToList();

        var counts = picks.GroupBy(f => f.Values[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([0f, 100f, 200f], counts.Keys.Order());
        Assert.All(counts.Values, count => Assert.InRange(count, 900, 1100));
        Assert.Contains(picks, f => ReferenceEquals(f, video.AugmentedViews![1]));
    }

    /// <summary>Frame t, dimension d holds value + t + d: a video that moves, so resampling and swaps can be traced.</summary>
    private static TranslationExample Example(string name, int frames, float value)
    {
        var values = new float[frames * Dim];
        for (var t = 0; t < frames; t++)
        {
            for (var d = 0; d < Dim; d++)
            {
                values[(t * Dim) + d] = value + t + d;
            }
        }

        var features = new VideoFeatures("test", 25, [.. Enumerable.Range(0, frames)], Dim, values);
        return new TranslationExample(name, "de", features, "satz", [5, 6], [0]);
    }

    private static double Mean(VideoFeatures features, int d) => Enumerable.Range(0, features.FrameCount).Average(t => features.Row(t)[d]);
}

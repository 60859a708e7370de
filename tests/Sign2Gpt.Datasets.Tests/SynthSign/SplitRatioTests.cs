using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.SynthSign;

namespace Sign2Gpt.Datasets.Tests.SynthSign;

public sealed class SplitRatioTests
{
    [Theory]
    [InlineData("80/10/10")]
    [InlineData("0.8,0.1,0.1")]
    [InlineData("8:1:1")]
    public void Parses_the_usual_spellings(string text)
    {
        var counts = SplitRatio.Parse(text).Counts(1000);

        Assert.Equal((800, 100, 100), (counts[CorpusSplit.Train], counts[CorpusSplit.Dev], counts[CorpusSplit.Test]));
    }

    [Theory]
    [InlineData(1, 1, 0, 0)]
    [InlineData(3, 3, 0, 0)]
    [InlineData(7, 5, 1, 1)]
    [InlineData(1001, 801, 100, 100)]
    public void Counts_sum_to_the_videos_and_train_is_never_empty(int videos, int train, int dev, int test)
    {
        var counts = SplitRatio.Default.Counts(videos);

        Assert.Equal((train, dev, test), (counts[CorpusSplit.Train], counts[CorpusSplit.Dev], counts[CorpusSplit.Test]));
    }

    [Theory]
    [InlineData("80/20")]
    [InlineData("0/50/50")]
    [InlineData("80/-10/30")]
    [InlineData("a/b/c")]
    public void Rejects_what_is_not_a_ratio(string text)
    {
        Assert.Throws<FormatException>(() => SplitRatio.Parse(text));
    }
}

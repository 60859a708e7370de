using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Training.Evaluation;

namespace Sign2Gpt.Training.Tests.Evaluation;

public sealed class AdapterGateTests
{
    private static readonly BundleEvaluation Live = Scores(13.0, 40.0);
    private readonly AdapterGate _gate = new(Margin: 1.0);

    [Theory]
    [InlineData(13.0, 40.0, true)]
    [InlineData(12.1, 39.1, true)]
    [InlineData(11.9, 45.0, false)]
    [InlineData(20.0, 38.9, false)]
    public void On_the_reference_set_a_candidate_passes_only_when_neither_score_trails_by_more_than_the_margin(double bleu4, double rougeL, bool passes)
    {
        var (passed, reason) = _gate.Decide(new AdapterComparison(Scores(bleu4, rougeL), Live, null, null));

        Assert.Equal(passes, passed);
        Assert.StartsWith(passes ? "Passed the gate" : "Worse than the live version on the reference set", reason, StringComparison.Ordinal);
        Assert.Contains("vs live 13.00", reason, StringComparison.Ordinal);
        Assert.Contains("no held-out videos", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_candidate_that_serves_the_tenants_own_held_out_videos_worse_is_rejected_even_when_the_reference_set_holds()
    {
        var (passed, reason) = _gate.Decide(new AdapterComparison(Live, Live, Scores(16.0, 31.0), Scores(20.6, 36.1)));

        Assert.False(passed);
        Assert.StartsWith("Worse than the live version on the dataset's held-out videos", reason, StringComparison.Ordinal);
        Assert.Contains("BLEU-4 16.00 vs live 20.60", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_candidate_better_on_the_held_out_videos_and_level_on_the_reference_set_passes() =>
        Assert.True(_gate.Decide(new AdapterComparison(Scores(12.5, 39.5), Live, Scores(40.0, 60.0), Scores(20.0, 36.0))).Passed);

    private static BundleEvaluation Scores(double bleu4, double rougeL) => new("de", "test", 40, 50, 30, 20, bleu4, rougeL, null, null, null);
}

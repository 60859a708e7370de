using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Inference.Translation;

namespace Sign2Gpt.Inference.Tests.Translation;

public sealed class GlossLocalizerTests
{
    private static readonly PseudoGlossEntry[] Names = [new("regen", ["de"]), new("sonne", ["de"]), new("wind", ["de", "en"])];

    [Fact]
    public void Steps_above_the_threshold_become_timed_segments_with_their_peak()
    {
        // Steps x glosses: regen peaks over steps 1-2, sonne once at step 4, wind never passes 0.2.
        float[] probabilities =
        [
            0.10f, 0.01f, 0.06f,
            0.50f, 0.01f, 0.06f,
            0.70f, 0.01f, 0.06f,
            0.10f, 0.15f, 0.06f,
            0.05f, 0.90f, 0.06f,
        ];

        var (glosses, timeline) = GlossLocalizer.Localize(probabilities, [true, true, true, true, true], Names, "de", stepSeconds: 0.16);

        Assert.Equal(2, glosses.Count);
        Assert.Equal(new LocalizedGloss("regen", 0.16, 0.48, 0.70f), glosses[0] with { Start = Math.Round(glosses[0].Start, 2), End = Math.Round(glosses[0].End, 2), Score = (float)glosses[0].Score });
        Assert.Equal("sonne", glosses[1].Gloss);
        Assert.Equal(0.64, glosses[1].Start, 6);
        Assert.Equal(["regen", "sonne", "wind"], timeline.Glosses);
        Assert.Equal(5, timeline.Probabilities[0].Length);
    }

    [Fact]
    public void Glosses_that_never_reach_the_listing_threshold_are_left_out_and_padding_is_ignored()
    {
        float[] probabilities = [0.30f, 0.01f, 0.01f, 0.90f, 0.90f, 0.90f];

        var (glosses, timeline) = GlossLocalizer.Localize(probabilities, [true, false], Names, "de", stepSeconds: 0.2);

        Assert.Equal(["regen"], timeline.Glosses);
        Assert.Single(glosses);
        Assert.Equal(0.2, glosses[0].End, 6);
    }

    [Fact]
    public void Only_glosses_of_the_requested_language_are_localised_and_listed()
    {
        float[] probabilities = [0.90f, 0.90f, 0.90f];

        var (glosses, timeline) = GlossLocalizer.Localize(probabilities, [true], Names, "en", stepSeconds: 0.2);

        Assert.Equal(["wind"], timeline.Glosses);
        Assert.Equal(["wind"], glosses.Select(g => g.Gloss));
    }

    [Theory]
    [InlineData("regen")]
    [InlineData("regen\t")]
    [InlineData("\tde")]
    public void A_gloss_line_without_a_language_is_a_format_error(string line) =>
        Assert.Throws<BundleFormatException>(() => PseudoGlossEntry.Parse(line, 3));
}

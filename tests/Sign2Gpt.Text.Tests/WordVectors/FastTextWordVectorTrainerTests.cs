using Sign2Gpt.Text.PseudoGlosses;
using Sign2Gpt.Text.WordVectors;

namespace Sign2Gpt.Text.Tests.WordVectors;

/// <summary>Runs the real fastText binary (Debian package fasttext; CI installs it).</summary>
public sealed class FastTextWordVectorTrainerTests
{
    private static readonly FastTextOptions SmallAndFast = new() { Epochs = 20, Buckets = 20_000, Threads = 1, Seed = 7 };

    [Fact]
    public async Task Trained_prototypes_are_300_dimensional_unit_vectors_with_a_zero_null_row()
    {
        var sentences = WeatherCorpus(200);
        var generator = PseudoGlossGenerator.Create(PseudoGlossLanguage.German);

        var (vocabulary, prototypes) = await PseudoGlossPrototypes.BuildAsync(sentences, generator, SmallAndFast, CancellationToken.None);

        Assert.Equal(vocabulary.Glosses, prototypes.Glosses);
        Assert.Equal(300, prototypes.Dimension);
        Assert.Equal(vocabulary.Count + 1, prototypes.Rows);
        Assert.Contains("gewitter", vocabulary.Glosses);
        Assert.DoesNotContain("es", vocabulary.Glosses); // in every sentence: filtered at 0.4
        for (var v = 0; v < vocabulary.Count; v++)
        {
            var row = prototypes.Row(v).ToArray();
            Assert.Equal(1.0, Math.Sqrt(row.Sum(x => (double)x * x)), 4);
        }
        Assert.All(prototypes.Row(prototypes.NullIndex).ToArray(), x => Assert.Equal(0f, x));
    }

    [Fact]
    public async Task Prototypes_stay_apart_when_the_same_text_is_given_many_times()
    {
        // More text means more fastText updates; on a small repetitive corpus the raw vectors drift into one
        // shared direction (mean cosine ~0.8 on twice the SynthSign text) and pretraining stalls.
        var sentences = WeatherCorpus(200);
        var repeated = Enumerable.Repeat(sentences, 8).SelectMany(s => s).ToList();
        var generator = PseudoGlossGenerator.Create(PseudoGlossLanguage.German);

        var (_, once) = await PseudoGlossPrototypes.BuildAsync(sentences, generator, SmallAndFast, CancellationToken.None);
        var (_, many) = await PseudoGlossPrototypes.BuildAsync(repeated, generator, SmallAndFast, CancellationToken.None);

        Assert.InRange(once.MeanPairwiseCosine(), -0.2, 0.1);
        Assert.InRange(many.MeanPairwiseCosine(), -0.2, 0.1);
    }

    [Fact]
    public async Task Single_threaded_training_with_a_seed_is_repeatable()
    {
        var corpus = WeatherCorpus(60).Select(s => string.Join(' ', PseudoGlossGenerator.Create(PseudoGlossLanguage.German).Normalise(s))).ToList();
        var trainer = new FastTextWordVectorTrainer(SmallAndFast with { Epochs = 5 });

        var first = await trainer.TrainAsync(corpus, ["regen", "sonne"], CancellationToken.None);
        var second = await trainer.TrainAsync(corpus, ["regen", "sonne"], CancellationToken.None);

        Assert.Equal(first["regen"], second["regen"]);
        Assert.Equal(300, first["sonne"].Length);
        Assert.NotEqual(first["regen"], first["sonne"]);
    }

    [Fact]
    public async Task A_missing_executable_gives_a_clear_error()
    {
        var trainer = new FastTextWordVectorTrainer(SmallAndFast with { Executable = "/nonexistent/fasttext" });

        var error = await Assert.ThrowsAsync<FastTextNotFoundException>(() => trainer.TrainAsync(["a b c"], ["a"], CancellationToken.None));
        Assert.Contains("apt-get install -y fasttext", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Printed_vectors_of_the_wrong_width_are_rejected()
    {
        Assert.Throws<FormatException>(() => FastTextWordVectorTrainer.ParseVectors("regen 0.1 0.2\n", 3));
        Assert.Equal([0.1f, 0.2f], FastTextWordVectorTrainer.ParseVectors("regen 0.1 0.2 \n", 2)["regen"]);
    }

    /// <summary>Phoenix-style sentences from templates, varied enough for a vocabulary of a few dozen words.</summary>
    internal static List<string> WeatherCorpus(int count)
    {
        string[] times = ["am montag", "am dienstag", "in der nacht", "am abend", "morgen", "heute", "am wochenende"];
        string[] regions = ["im norden", "im süden", "im osten", "im westen", "an der küste", "in den alpen"];
        string[] events =
        [
            "regnet es kräftig", "scheint die sonne", "gibt es gewitter", "weht ein frischer wind",
            "bleibt es trocken", "fällt schnee", "gibt es nebel", "ziehen wolken auf",
        ];
        var random = new Random(11);
        return [.. Enumerable.Range(0, count).Select(_ =>
            $"{times[random.Next(times.Length)]} {events[random.Next(events.Length)]} {regions[random.Next(regions.Length)]}")];
    }
}

using Sign2Gpt.Text.PseudoGlosses;
using Xunit.Abstractions;

namespace Sign2Gpt.Text.Tests.PseudoGlosses;

/// <summary>
/// Pseudo-gloss quality against hand-labelled sentences: token-level F1 of the kept words (multiset match per
/// sentence, micro-averaged). The gold sets were labelled by hand from linguistic judgement, not by these taggers.
/// </summary>
public sealed class PseudoGlossQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void German_weather_sentences_reach_F1_of_at_least_0_90()
    {
        var score = Score(PseudoGlossLanguage.German, "german-weather.gold.tsv", g => g.Lemma.ToLowerInvariant(), minimumSentences: 60);
        Assert.True(score.F1 >= 0.90, score.ToString());
    }

    [Fact]
    public void German_held_out_sentences_reach_F1_of_at_least_0_85()
    {
        var score = Score(PseudoGlossLanguage.German, "german-heldout.gold.tsv", g => g.Lemma.ToLowerInvariant(), minimumSentences: 20);
        Assert.True(score.F1 >= 0.85, score.ToString());
    }

    [Fact]
    public void English_sentences_reach_F1_of_at_least_0_90()
    {
        var score = Score(PseudoGlossLanguage.English, "english.gold.tsv", g => g.Lemma.ToLowerInvariant(), minimumSentences: 20);
        Assert.True(score.F1 >= 0.90, score.ToString());
    }

    [Fact]
    public void Chinese_sentences_reach_F1_of_at_least_0_80()
    {
        var score = Score(PseudoGlossLanguage.Chinese, "chinese-daily.gold.tsv", g => g.Text, minimumSentences: 20);
        Assert.True(score.F1 >= 0.80, score.ToString());
    }

    private KeptWordScore Score(PseudoGlossLanguage language, string goldFile, Func<TaggedToken, string> glossOf, int minimumSentences)
    {
        var gold = GoldSentence.Load(goldFile);
        Assert.True(gold.Count >= minimumSentences, $"{goldFile} has {gold.Count} sentences.");
        var generator = PseudoGlossGenerator.Create(language);
        var score = new KeptWordScore();
        foreach (var sentence in gold)
        {
            var expected = sentence.Tokens.Where(t => PseudoGlossGenerator.IsKept(t.Pos)).Select(glossOf).ToList();
            var (extra, missing) = score.Add(generator.Generate(sentence.Text), expected);
            if (extra.Count + missing.Count > 0)
            {
                output.WriteLine($"{sentence.Id}: extra [{string.Join(' ', extra)}] missing [{string.Join(' ', missing)}]  | {string.Join(' ', generator.Tag(sentence.Text).Select(t => $"{t.Text}/{t.Pos.ToName()}/{t.Lemma}"))}");
            }
        }
        output.WriteLine($"{language}: {score}");
        return score;
    }
}

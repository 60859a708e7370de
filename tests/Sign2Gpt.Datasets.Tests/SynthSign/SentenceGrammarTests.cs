using System.Text.RegularExpressions;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.SynthSign.Grammar;

namespace Sign2Gpt.Datasets.Tests.SynthSign;

/// <summary>Properties of the sentences the grammar draws, over a few thousand draws per language.</summary>
public sealed partial class SentenceGrammarTests
{
    private const int Draws = 3000;

    public static TheoryData<string> Languages => ["synth-dgs", "synth-asl"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Grammar_produces_thousands_of_distinct_sentences_in_both_domains(string id)
    {
        var sentences = Draw(id);

        Assert.True(sentences.Select(sentence => sentence.Translation).Distinct().Count() >= 2500);
        var weather = sentences.Count(sentence => sentence.Domain == SentenceDomain.Weather);
        Assert.InRange(weather, Draws * 0.4, Draws * 0.6);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Sentences_are_lower_case_words_without_digits_or_punctuation(string id)
    {
        Assert.All(Draw(id), sentence => Assert.Matches(SpokenText(), sentence.Translation));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_sign_is_in_the_lexicon_and_videos_have_four_to_nine_signs(string id)
    {
        var language = SynthSignLanguage.FromId(id);

        Assert.All(Draw(id), sentence =>
        {
            Assert.InRange(sentence.Signs.Count, 4, 9);
            Assert.All(sentence.Signs, sign => Assert.True(language.Lexicon.Contains(sign.Gloss), $"{sign.Gloss} is not in the {id} lexicon"));
            Assert.Matches(GlossText(), sentence.Orth);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Glosses_are_not_a_copy_of_the_spoken_words(string id)
    {
        var sentences = Draw(id);

        // Function words are not signed, so most sentences have fewer signs than words...
        var shorter = sentences.Count(sentence => sentence.Signs.Count < sentence.Translation.Split(' ').Length);
        Assert.True(shorter > Draws * 0.9, $"only {shorter} of {Draws} sentences sign fewer units than they say");

        // ...and the signs that do match a word come in another order for a good share.
        var reordered = sentences.Count(sentence => !InSpokenOrder(sentence));
        Assert.True(reordered > Draws * 0.3, $"only {reordered} of {Draws} sentences sign in another order than they speak");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Questions_and_negations_are_common_and_marked(string id)
    {
        var sentences = Draw(id);
        var negationWords = id == "synth-dgs" ? new[] { "nicht", "kein", "keine", "keinen" } : ["not", "no", "cannot"];

        var questions = sentences.Where(sentence => sentence.IsQuestion).ToList();
        var negated = sentences.Where(sentence => sentence.IsNegated).ToList();

        Assert.True(questions.Count > Draws * 0.08, $"{questions.Count} questions");
        Assert.True(negated.Count > Draws * 0.06, $"{negated.Count} negations");
        Assert.All(negated, sentence => Assert.Contains(sentence.Translation.Split(' '), word => negationWords.Contains(word)));
        Assert.Contains(negated, sentence => !sentence.Signs.Any(sign => sign.Gloss is "NICHT" or "NOT"));
    }

    [Fact]
    public void The_same_seed_and_index_give_the_same_sentence_and_another_seed_another()
    {
        var first = Enumerable.Range(0, 50).Select(index => SynthSignLanguage.Dgs.GenerateSentence(3, index).Translation).ToList();
        var again = Enumerable.Range(0, 50).Select(index => SynthSignLanguage.Dgs.GenerateSentence(3, index).Translation).ToList();
        var other = Enumerable.Range(0, 50).Select(index => SynthSignLanguage.Dgs.GenerateSentence(4, index).Translation).ToList();

        Assert.Equal(first, again);
        Assert.True(first.Zip(other).Count(pair => pair.First != pair.Second) > 40);
    }

    [Fact]
    public void A_sign_count_no_sentence_can_have_is_refused_instead_of_looping()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SynthSignLanguage.Asl.GenerateSentence(1, 0, minSigns: 19, maxSigns: 20));

        Assert.Contains("19 to 20 signs", error.Message, StringComparison.Ordinal);
    }

    private static List<SynthSentence> Draw(string id)
    {
        var language = SynthSignLanguage.FromId(id);
        return [.. Enumerable.Range(0, Draws).Select(index => language.GenerateSentence(11, index))];
    }

    /// <summary>Whether the glosses that look like a spoken word (same first four letters) appear in the words' order.</summary>
    private static bool InSpokenOrder(SynthSentence sentence)
    {
        var words = sentence.Translation.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss").Split(' ');
        var used = new bool[words.Length];
        var last = -1;
        foreach (var sign in sentence.Signs)
        {
            var gloss = sign.Gloss.ToLowerInvariant();
            var stem = gloss[..Math.Min(4, gloss.Length)];
            var position = Array.FindIndex(words, word => word.StartsWith(stem, StringComparison.Ordinal) && (gloss.Length >= 4 || word == gloss));
            while (position >= 0 && used[position])
            {
                var next = Array.FindIndex(words, position + 1, word => word.StartsWith(stem, StringComparison.Ordinal) && (gloss.Length >= 4 || word == gloss));
                position = next;
            }

            if (position < 0)
            {
                continue;
            }

            used[position] = true;
            if (position < last)
            {
                return false;
            }

            last = position;
        }

        return true;
    }

    [GeneratedRegex("^[a-zäöüß]+( [a-zäöüß]+)*$")]
    private static partial Regex SpokenText();

    [GeneratedRegex("^[A-Z][A-Z-]*( [A-Z][A-Z-]*)*$")]
    private static partial Regex GlossText();
}

using Sign2Gpt.Text.PseudoGlosses;

namespace Sign2Gpt.Text.Tests.PseudoGlosses;

public sealed class PseudoGlossGeneratorTests
{
    [Fact]
    public void German_keeps_lemmas_in_spoken_order_with_duplicates()
    {
        var generator = PseudoGlossGenerator.Create(PseudoGlossLanguage.German);

        var glosses = generator.Generate("im norden regnet es und im süden regnet es auch");

        Assert.Equal(["norden", "regnen", "es", "süden", "regnen", "es", "auch"], glosses);
    }

    [Fact]
    public void German_drops_articles_prepositions_auxiliaries_and_negation()
    {
        var tokens = PseudoGlossGenerator.Create(PseudoGlossLanguage.German).Tag("die sonne wird nicht scheinen");

        Assert.Equal(
            [PartOfSpeech.Det, PartOfSpeech.Noun, PartOfSpeech.Aux, PartOfSpeech.Part, PartOfSpeech.Verb],
            tokens.Select(t => t.Pos));
        Assert.Equal(["sonne", "scheinen"], PseudoGlossGenerator.Create(PseudoGlossLanguage.German).Generate("die sonne wird nicht scheinen"));
    }

    [Fact]
    public void German_lemmatises_plurals_comparatives_verbs_and_compounds()
    {
        var glosses = PseudoGlossGenerator.Create(PseudoGlossLanguage.German).Generate("die regenwolken ziehen ab und es wird kälter");

        Assert.Equal(["regenwolke", "ziehen", "es", "kalt"], glosses);
    }

    [Fact]
    public void German_lower_cases_capitalised_input()
    {
        var glosses = PseudoGlossGenerator.Create(PseudoGlossLanguage.German).Generate("Morgen scheint im Süden die Sonne.");

        Assert.Equal(["morgen", "scheinen", "süden", "sonne"], glosses);
    }

    [Fact]
    public void Morgen_is_the_noun_after_am_and_the_adverb_otherwise()
    {
        var tagger = PseudoGlossGenerator.Create(PseudoGlossLanguage.German);

        Assert.Equal(PartOfSpeech.Noun, tagger.Tag("am morgen nebel")[1].Pos);
        Assert.Equal(PartOfSpeech.Adv, tagger.Tag("morgen nebel")[0].Pos);
    }

    [Fact]
    public void German_numbers_written_as_words_are_kept()
    {
        var glosses = PseudoGlossGenerator.Create(PseudoGlossLanguage.German).Generate("bei temperaturen um zweiundzwanzig grad");

        Assert.Equal(["temperatur", "zweiundzwanzig", "grad"], glosses);
    }

    [Fact]
    public void English_uses_lower_cased_lemmas()
    {
        var glosses = PseudoGlossGenerator.Create(PseudoGlossLanguage.English).Generate("The children were playing in the deep snow.");

        Assert.Equal(["child", "play", "deep", "snow"], glosses);
    }

    [Fact]
    public void Chinese_keeps_the_token_text_of_kept_classes()
    {
        var generator = PseudoGlossGenerator.Create(PseudoGlossLanguage.Chinese);

        var tokens = generator.Tag("我们在学校见面。");
        var glosses = generator.Generate("我们在学校见面。");

        Assert.All(tokens, t => Assert.Equal(t.Text, t.Lemma));
        Assert.Contains("学校", glosses);
        Assert.Contains("我们", glosses);
        Assert.DoesNotContain("在", glosses);
        Assert.DoesNotContain("。", glosses);
    }

    [Fact]
    public void Chinese_splits_numeral_and_classifier()
    {
        var tokens = PseudoGlossGenerator.Create(PseudoGlossLanguage.Chinese).Tag("我想买两个苹果");

        Assert.Contains(tokens, t => t is { Text: "两", Pos: PartOfSpeech.Num });
        Assert.Contains(tokens, t => t is { Text: "个", Pos: PartOfSpeech.Num });
    }

    [Fact]
    public void A_sentence_without_content_words_has_no_pseudo_glosses()
    {
        Assert.Empty(PseudoGlossGenerator.Create(PseudoGlossLanguage.German).Generate("und in der"));
        Assert.Empty(PseudoGlossGenerator.Create(PseudoGlossLanguage.German).Generate(""));
    }

    [Theory]
    [InlineData(PartOfSpeech.Noun, true)]
    [InlineData(PartOfSpeech.Num, true)]
    [InlineData(PartOfSpeech.Adv, true)]
    [InlineData(PartOfSpeech.Pron, true)]
    [InlineData(PartOfSpeech.Propn, true)]
    [InlineData(PartOfSpeech.Adj, true)]
    [InlineData(PartOfSpeech.Verb, true)]
    [InlineData(PartOfSpeech.Aux, false)]
    [InlineData(PartOfSpeech.Det, false)]
    [InlineData(PartOfSpeech.Adp, false)]
    [InlineData(PartOfSpeech.Part, false)]
    [InlineData(PartOfSpeech.Cconj, false)]
    [InlineData(PartOfSpeech.Punct, false)]
    public void Only_the_seven_content_classes_are_kept(PartOfSpeech pos, bool kept)
    {
        Assert.Equal(kept, PseudoGlossGenerator.IsKept(pos));
    }

    [Fact]
    public void Normalise_keeps_every_word_for_the_vector_corpus()
    {
        var words = PseudoGlossGenerator.Create(PseudoGlossLanguage.German).Normalise("die wolken ziehen auf.");

        Assert.Equal(["der", "wolke", "ziehen", "auf"], words);
    }

    [Theory]
    [InlineData("de", PseudoGlossLanguage.German)]
    [InlineData("EN", PseudoGlossLanguage.English)]
    [InlineData("zh", PseudoGlossLanguage.Chinese)]
    public void Language_codes_parse(string code, PseudoGlossLanguage expected)
    {
        Assert.Equal(expected, PseudoGlossLanguages.Parse(code));
    }

    [Fact]
    public void An_unknown_language_code_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => PseudoGlossLanguages.Parse("fr"));
    }
}

using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.SynthSign.Phonology;

namespace Sign2Gpt.Datasets.Tests.SynthSign;

public sealed class SignLexiconTests
{
    public static TheoryData<string> Languages => ["synth-dgs", "synth-asl"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_has_at_least_150_signs_with_distinct_phonology(string id)
    {
        var lexicon = SynthSignLanguage.FromId(id).Lexicon;

        Assert.True(lexicon.Count >= 150, $"{id} has only {lexicon.Count} signs");
        Assert.Equal(lexicon.Count, lexicon.Signs.Select(sign => sign.Phonology).Distinct().Count());
        Assert.Equal(lexicon.Count, lexicon.Signs.Select(sign => sign.Gloss).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_two_signs_differ_in_a_single_parameter_only(string id)
    {
        var signs = SynthSignLanguage.FromId(id).Lexicon.Signs;

        for (var i = 0; i < signs.Count; i++)
        {
            for (var j = i + 1; j < signs.Count; j++)
            {
                Assert.True(
                    signs[i].Phonology.DistanceTo(signs[j].Phonology) >= SignLexicon.MinimumDistance,
                    $"{signs[i].Gloss} ({signs[i].Phonology}) and {signs[j].Gloss} ({signs[j].Phonology}) are near-homophones");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Lexicon_uses_one_and_two_handed_signs_and_every_parameter_kind(string id)
    {
        var phonologies = SynthSignLanguage.FromId(id).Lexicon.Signs.Select(sign => sign.Phonology).ToList();

        Assert.Contains(phonologies, phonology => phonology.Arrangement == HandArrangement.OneHanded);
        Assert.Contains(phonologies, phonology => phonology.Arrangement != HandArrangement.OneHanded);
        Assert.True(phonologies.Select(phonology => phonology.Handshape).Distinct().Count() >= 12);
        Assert.Equal(Enum.GetValues<SignLocation>().Length, phonologies.Select(phonology => phonology.Location).Distinct().Count());
        Assert.Equal(Enum.GetValues<SignMovement>().Length, phonologies.Select(phonology => phonology.Movement).Distinct().Count());
    }

    [Fact]
    public void The_two_languages_sign_the_same_meaning_differently()
    {
        // Same seed and index give parallel sentences; compare the signs for the same meaning.
        var same = 0;
        var compared = 0;
        for (var index = 0; index < 300; index++)
        {
            var german = SynthSignLanguage.Dgs.GenerateSentence(5, index);
            var english = SynthSignLanguage.Asl.GenerateSentence(5, index);
            if (german.Signs.Count != english.Signs.Count)
            {
                continue;
            }

            for (var sign = 0; sign < german.Signs.Count; sign++)
            {
                compared++;
                if (SynthSignLanguage.Dgs.Lexicon[german.Signs[sign].Gloss].Phonology == SynthSignLanguage.Asl.Lexicon[english.Signs[sign].Gloss].Phonology)
                {
                    same++;
                }
            }
        }

        Assert.True(compared > 1000, $"only {compared} aligned signs compared");
        Assert.True(same < compared / 50, $"{same} of {compared} aligned signs look the same in both languages");
    }

    [Fact]
    public void Lexicon_is_the_same_on_every_build()
    {
        var glosses = SynthSignLanguage.Dgs.Lexicon.Signs.Select(sign => sign.Gloss);

        var first = SignLexicon.Build(glosses, PhonologyInventory.Dgs);
        var second = SignLexicon.Build(glosses.Reverse(), PhonologyInventory.Dgs);

        Assert.Equal(first.Signs, second.Signs);
        Assert.Equal(SynthSignLanguage.Dgs.Lexicon.Signs, first.Signs);
    }
}

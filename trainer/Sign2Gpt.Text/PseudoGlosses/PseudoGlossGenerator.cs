using Sign2Gpt.Text.PseudoGlosses.Chinese;
using Sign2Gpt.Text.PseudoGlosses.English;
using Sign2Gpt.Text.PseudoGlosses.German;

namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>
/// Derives Sign2GPT pseudo-glosses from a spoken sentence: the words tagged NOUN, NUM, ADV, PRON, PROPN, ADJ
/// or VERB, in spoken order and with duplicates, each as its lower-cased lemma (German, English) or its
/// text (Chinese). English uses lemmas like German because it inflects like German and the paper's
/// reasoning (one prototype per word, not per inflected form) carries over.
/// </summary>
public sealed class PseudoGlossGenerator
{
    private static readonly HashSet<PartOfSpeech> KeptClasses =
    [
        PartOfSpeech.Noun, PartOfSpeech.Num, PartOfSpeech.Adv, PartOfSpeech.Pron,
        PartOfSpeech.Propn, PartOfSpeech.Adj, PartOfSpeech.Verb,
    ];

    private readonly IPartOfSpeechTagger _tagger;
    private readonly PseudoGlossForm _form;

    public PseudoGlossGenerator(IPartOfSpeechTagger tagger, PseudoGlossForm form)
    {
        _tagger = tagger;
        _form = form;
    }

    /// <summary>The generator the paper prescribes for a language; taggers load their lexicons once per process.</summary>
    public static PseudoGlossGenerator Create(PseudoGlossLanguage language) => language switch
    {
        PseudoGlossLanguage.German => new(GermanTagger.Shared, PseudoGlossForm.LowerCasedLemma),
        PseudoGlossLanguage.English => new(EnglishTagger.Shared, PseudoGlossForm.LowerCasedLemma),
        PseudoGlossLanguage.Chinese => new(ChineseTagger.Shared, PseudoGlossForm.TokenText),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    public static bool IsKept(PartOfSpeech pos) => KeptClasses.Contains(pos);

    public IReadOnlyList<TaggedToken> Tag(string sentence) => _tagger.Tag(sentence);

    /// <summary>The sentence's pseudo-glosses in spoken order, duplicates kept.</summary>
    public IReadOnlyList<string> Generate(string sentence) =>
        [.. _tagger.Tag(sentence).Where(t => IsKept(t.Pos)).Select(GlossOf)];

    /// <summary>
    /// Every word of the sentence (punctuation dropped) in pseudo-gloss spelling. Word vectors are trained on
    /// this text so that every pseudo-gloss is a word of the training corpus and keeps its real context.
    /// </summary>
    public IReadOnlyList<string> Normalise(string sentence) =>
        [.. _tagger.Tag(sentence).Where(t => t.Pos is not PartOfSpeech.Punct and not PartOfSpeech.Sym).Select(GlossOf)];

    private string GlossOf(TaggedToken token) => _form switch
    {
        PseudoGlossForm.LowerCasedLemma => token.Lemma.ToLowerInvariant(),
        _ => token.Text,
    };
}

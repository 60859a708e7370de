namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Turns a meaning into a spoken sentence and its signs in one language pair.</summary>
internal interface ISentenceRealizer
{
    /// <summary>Every gloss this realizer can sign: the lexicon it needs.</summary>
    IReadOnlyCollection<string> Glosses { get; }

    SynthSentence Realize(Meaning meaning);
}

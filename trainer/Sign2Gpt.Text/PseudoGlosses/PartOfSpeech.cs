namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>Universal Dependencies part-of-speech tags: the one tag set every language's tagger maps into.</summary>
public enum PartOfSpeech
{
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

namespace Sign2Gpt.Text.PseudoGlosses.Chinese;

/// <summary>
/// Maps jieba's ICTCLAS-style tags to universal POS, following how spaCy's Chinese models map the Penn
/// Chinese Treebank tags: classifiers (q) count as NUM like CTB's M, time and place words (t, s) as NOUN
/// like CTB's NT, multi-character localisers (外面) as NOUN and single-character ones (上, 里) as ADP.
/// </summary>
internal static class JiebaTagMap
{
    public static PartOfSpeech ToUniversal(string tag, string word)
    {
        if (tag.Length == 0)
        {
            return PartOfSpeech.X;
        }
        return tag switch
        {
            "nr" or "nr1" or "nr2" or "nrj" or "nrf" or "nrt" or "ns" or "nsf" or "nt" => PartOfSpeech.Propn,
            "f" => word.Length > 1 ? PartOfSpeech.Noun : PartOfSpeech.Adp,
            "zg" or "ad" => PartOfSpeech.Adv,
            "eng" or "x" or "xx" or "xu" or "w" => PartOfSpeech.X,
            _ => tag[0] switch
            {
                'n' or 't' or 's' or 'j' => PartOfSpeech.Noun,
                'v' or 'i' or 'l' => PartOfSpeech.Verb,
                'a' or 'b' or 'z' => PartOfSpeech.Adj,
                'r' => PartOfSpeech.Pron,
                'm' or 'q' => PartOfSpeech.Num,
                'd' => PartOfSpeech.Adv,
                'p' => PartOfSpeech.Adp,
                'c' => PartOfSpeech.Cconj,
                'u' or 'y' or 'h' or 'k' => PartOfSpeech.Part,
                'e' or 'o' => PartOfSpeech.Intj,
                _ => PartOfSpeech.X,
            },
        };
    }
}

namespace Sign2Gpt.Datasets.SynthSign.Phonology;

/// <summary>One entry of a sign language's lexicon: its gloss and how it is made.</summary>
public sealed record LexicalSign(string Gloss, SignPhonology Phonology);

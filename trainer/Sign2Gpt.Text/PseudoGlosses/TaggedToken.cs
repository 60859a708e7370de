namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>One word of a sentence as a tagger sees it.</summary>
/// <param name="Text">The word as written in the sentence.</param>
/// <param name="Pos">Its universal part of speech in this context.</param>
/// <param name="Lemma">Its dictionary form, lower-cased (Chinese: the word itself).</param>
public sealed record TaggedToken(string Text, PartOfSpeech Pos, string Lemma);

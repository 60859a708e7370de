namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>One possible reading of a word out of context: a part of speech and the lemma it implies.</summary>
internal readonly record struct WordAnalysis(PartOfSpeech Pos, string Lemma);

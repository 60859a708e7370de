namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>Splits a sentence into words and gives each its part of speech and lemma.</summary>
public interface IPartOfSpeechTagger
{
    IReadOnlyList<TaggedToken> Tag(string sentence);
}

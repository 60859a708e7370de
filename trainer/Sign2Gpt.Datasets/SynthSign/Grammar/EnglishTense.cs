namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>English needs a tense the signs leave to the time adverbial.</summary>
internal enum EnglishTense
{
    Present,
    Future,
    Past,
}

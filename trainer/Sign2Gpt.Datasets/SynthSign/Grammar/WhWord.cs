namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>The questioned constituent of a wh-question; the meaning leaves that slot empty.</summary>
internal enum WhWord
{
    Where,
    When,
    What,
    Who,
}

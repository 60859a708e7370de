namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum Mood
{
    Statement,
    YesNoQuestion,
    WhQuestion,
}

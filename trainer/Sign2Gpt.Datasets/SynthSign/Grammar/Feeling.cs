namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum Feeling
{
    Tired,
    Sick,
    Happy,
    Sad,
    Nervous,
    Hungry,
}

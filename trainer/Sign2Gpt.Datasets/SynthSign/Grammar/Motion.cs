namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum Motion
{
    Walk,
    Drive,
}

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum Vehicle
{
    Train,
    Bus,
}

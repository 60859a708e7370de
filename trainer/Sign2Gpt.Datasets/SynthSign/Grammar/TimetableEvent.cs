namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum TimetableEvent
{
    Departs,
    Arrives,
}

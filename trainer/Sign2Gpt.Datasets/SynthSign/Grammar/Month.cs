namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal enum Month
{
    January,
    February,
    March,
    April,
    May,
    June,
    July,
    August,
    September,
    October,
    November,
    December,
}

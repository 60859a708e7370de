namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>What a sentence talks about: forecasts like Phoenix14T or everyday life like CSL-Daily.</summary>
public enum SentenceDomain
{
    Weather,
    DailyLife,
}

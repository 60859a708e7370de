namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>One sign of a sentence: its gloss and the non-manual markers made over it.</summary>
public readonly record struct SignToken(string Gloss, NonManualMarker Markers);

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"heute ist meine mutter sehr müde".</summary>
internal sealed record FeelingState(TimeReference? Time, PersonRef Subject, Feeling Feeling, bool Very, ClauseForm Form) : DailyLifeMeaning(Form);

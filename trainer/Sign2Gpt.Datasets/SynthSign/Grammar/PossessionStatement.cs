namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"mein bruder hat ein neues auto", "heute habe ich keine zeit".</summary>
internal sealed record PossessionStatement(
    TimeReference? Time,
    PersonRef Owner,
    Thing Object,
    ThingQuality? Quality,
    ClauseForm Form) : DailyLifeMeaning(Form);

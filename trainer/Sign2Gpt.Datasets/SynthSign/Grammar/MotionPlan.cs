namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"heute abend möchte ich mit meiner schwester ins kino gehen". Time is empty in a when-question.</summary>
internal sealed record MotionPlan(
    TimeReference? Time,
    PersonRef Subject,
    PersonRef? Companion,
    Place Destination,
    Motion Motion,
    Modal Modal,
    ClauseForm Form) : DailyLifeMeaning(Form);

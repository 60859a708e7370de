namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"mein vater arbeitet im krankenhaus". Place is empty in a where-question.</summary>
internal sealed record ActivityEvent(
    TimeReference? Time,
    PersonRef Subject,
    Activity Activity,
    Place? Place,
    Modal Modal,
    ClauseForm Form) : DailyLifeMeaning(Form);

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"morgen besuche ich meine oma". Time is empty in a when-question.</summary>
internal sealed record PersonActionEvent(
    TimeReference? Time,
    PersonRef Subject,
    PersonAction Action,
    PersonRef Object,
    Modal Modal,
    ClauseForm Form) : DailyLifeMeaning(Form);

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"heute kocht meine mutter eine suppe". Object is empty in a what-question, Subject in a who-question.</summary>
internal sealed record ObjectActionEvent(
    TimeReference? Time,
    PersonRef? Subject,
    ObjectAction Action,
    Thing? Object,
    ThingQuality? Quality,
    Modal Modal,
    ClauseForm Form) : DailyLifeMeaning(Form);

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"morgen fährt der zug um acht uhr". Hour (1-12) is empty in a when-question.</summary>
internal sealed record TimetableStatement(TimeReference? Time, Vehicle Vehicle, TimetableEvent Event, int? Hour, ClauseForm Form) : DailyLifeMeaning(Form);

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Meaning carried by the face and head over a sign, not by the hands.</summary>
[Flags]
public enum NonManualMarker
{
    None = 0,

    /// <summary>Raised eyebrows through a yes/no question.</summary>
    YesNoQuestion = 1,

    /// <summary>Furrowed eyebrows through a wh-question.</summary>
    WhQuestion = 2,

    /// <summary>Head shake over the negated signs; it negates even where no NOT sign is made.</summary>
    Negation = 4,
}

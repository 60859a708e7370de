namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A time adverbial; sign languages put it first and mark tense with it alone.</summary>
internal enum TimeReference
{
    Today,
    Tomorrow,
    DayAfterTomorrow,
    ThisEvening,
    Tonight,
    TomorrowMorning,
    TomorrowAfternoon,
    Morning,
    Afternoon,
    Evening,
    Night,
    Weekend,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
    NextWeek,
    Yesterday,
    YesterdayEvening,
    LastWeek,
}

internal static class TimeReferenceTraits
{
    public static bool IsPast(this TimeReference time) =>
        time is TimeReference.Yesterday or TimeReference.YesterdayEvening or TimeReference.LastWeek;

    public static bool IsPast(this TimeReference? time) => time is { } value && value.IsPast();
}

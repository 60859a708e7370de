namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"und nun die wettervorhersage für morgen dienstag den zwölften mai". Day is Today or Tomorrow.</summary>
internal sealed record ForecastIntro(TimeReference Day, DayOfWeek Weekday, int? DayOfMonth, Month? Month) : WeatherMeaning;

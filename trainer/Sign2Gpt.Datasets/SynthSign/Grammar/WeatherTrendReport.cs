namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"am wochenende wird es im westen wärmer". Needs a time or a region.</summary>
internal sealed record WeatherTrendReport(TimeReference? Time, Region? Region, WeatherTrend Trend) : WeatherMeaning;

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>"morgen weht an der küste ein starker wind aus nordwesten".</summary>
internal sealed record WindReport(TimeReference? Time, Region? Region, WindStrength Strength, Region From) : WeatherMeaning;

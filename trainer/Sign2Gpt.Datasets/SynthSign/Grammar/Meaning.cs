namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>
/// What a sentence says, before any language is chosen. Both synthetic languages realise the same
/// meanings, each with its own words, signs and word order.
/// </summary>
internal abstract record Meaning
{
    public abstract SentenceDomain Domain { get; }
}

/// <summary>A sentence of a weather forecast.</summary>
internal abstract record WeatherMeaning : Meaning
{
    public override SentenceDomain Domain => SentenceDomain.Weather;
}

/// <summary>A sentence about everyday life.</summary>
internal abstract record DailyLifeMeaning(ClauseForm Form) : Meaning
{
    public override SentenceDomain Domain => SentenceDomain.DailyLife;
}

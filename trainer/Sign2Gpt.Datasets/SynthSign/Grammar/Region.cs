namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Part of the country a forecast talks about.</summary>
internal enum Region
{
    North,
    South,
    East,
    West,
    Northwest,
    Northeast,
    Southwest,
    Southeast,
    Coast,
    Mountains,
    Centre,
    Lowlands,
    Everywhere,
}

internal static class RegionTraits
{
    /// <summary>Compass regions double as wind directions.</summary>
    public static bool IsCompass(this Region region) => region <= Region.Southeast;
}

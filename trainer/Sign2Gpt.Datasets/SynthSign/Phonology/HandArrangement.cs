namespace Sign2Gpt.Datasets.SynthSign.Phonology;

/// <summary>How many hands a sign uses and how they relate.</summary>
public enum HandArrangement
{
    OneHanded,

    /// <summary>Both hands mirror each other.</summary>
    Symmetric,

    /// <summary>Both hands mirror each other half a cycle apart.</summary>
    Alternating,

    /// <summary>The weak hand is a still flat base the dominant hand moves on.</summary>
    DominantOnBase,
}

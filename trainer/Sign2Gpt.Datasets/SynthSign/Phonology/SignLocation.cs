namespace Sign2Gpt.Datasets.SynthSign.Phonology;

/// <summary>Where on or in front of the body a sign is made.</summary>
public enum SignLocation
{
    Forehead,
    Temple,
    Chin,
    Cheek,
    Chest,
    ContralateralShoulder,
    Stomach,
    NeutralSpace,
    IpsilateralSide,
    AboveShoulder,
}

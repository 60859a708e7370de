namespace Sign2Gpt.Datasets.SynthSign.Signers;

public enum HairStyle
{
    Cropped,
    ShoulderLength,
    Bun,
    Bald,
}

namespace Sign2Gpt.Datasets.SynthSign.Signers;

/// <summary>What changes from one recording to the next even for the same signer: camera framing, light, sensor noise.</summary>
/// <param name="LightAngle">Direction the light falls from, in radians.</param>
/// <param name="LightStrength">Opacity of the light gradient (0 is flat light).</param>
/// <param name="Exposure">Brightness shift: positive brightens, negative darkens (opacity of white or black).</param>
/// <param name="NoiseAmplitude">Largest per-pixel noise step, in 8-bit levels.</param>
internal sealed record RecordingConditions(
    float Scale,
    float OffsetX,
    float OffsetY,
    float LightAngle,
    float LightStrength,
    float Exposure,
    int NoiseAmplitude)
{
    internal static RecordingConditions Draw(SynthRandom random) => new(
        Scale: random.Range(0.97f, 1.03f),
        OffsetX: random.Range(-3f, 3f),
        OffsetY: random.Range(-3f, 3f),
        LightAngle: random.Range(0, MathF.Tau),
        LightStrength: random.Range(0f, 0.16f),
        Exposure: random.Range(-0.08f, 0.08f),
        NoiseAmplitude: random.Next(1, 5));
}

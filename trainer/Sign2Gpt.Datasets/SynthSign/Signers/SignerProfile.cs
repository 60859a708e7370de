using Sign2Gpt.Datasets.Corpora;
using SkiaSharp;

namespace Sign2Gpt.Datasets.SynthSign.Signers;

/// <summary>
/// One synthetic signer: looks, body proportions, framing and signing style. Each signer belongs to
/// exactly one split, so dev and test are signed by people the model never saw in training.
/// </summary>
/// <param name="Id">As the <c>speaker</c> column writes it: "Signer01".</param>
/// <param name="ShoulderWidth">Relative to the average signer (1); likewise the other sizes.</param>
/// <param name="FrameScale">How large the signer appears in the frame (camera distance).</param>
/// <param name="FrameOffsetX">Where the camera puts the signer, in pixels from the centre.</param>
/// <param name="Tempo">Signing speed: above 1 signs take fewer frames.</param>
/// <param name="Expressiveness">How far brows, head and mouth move.</param>
public sealed record SignerProfile(
    string Id,
    CorpusSplit Split,
    SKColor Skin,
    SKColor Hair,
    HairStyle HairStyle,
    SKColor Shirt,
    bool LongSleeves,
    SKColor Background,
    bool Glasses,
    float ShoulderWidth,
    float HeadSize,
    float NeckLength,
    float ArmLength,
    float HandSize,
    float FrameScale,
    float FrameOffsetX,
    float FrameOffsetY,
    float Tempo,
    bool LeftHanded,
    float Expressiveness)
{
    /// <summary>Image-space side of the dominant hand: -1 for the viewer's left (a right-handed signer facing the camera).</summary>
    public int DominantSide => LeftHanded ? 1 : -1;
}

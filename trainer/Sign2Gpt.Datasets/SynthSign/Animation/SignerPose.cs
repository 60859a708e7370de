using System.Numerics;

namespace Sign2Gpt.Datasets.SynthSign.Animation;

/// <summary>Everything the renderer needs to draw the signer in one frame.</summary>
/// <param name="BrowRaise">0 neutral, 1 raised (yes/no question).</param>
/// <param name="BrowFurrow">0 neutral, 1 drawn together and down (wh-question).</param>
/// <param name="HeadYaw">−1..1, turning left and right (a head shake oscillates it).</param>
/// <param name="HeadNod">0..1, chin forward and down.</param>
/// <param name="MouthOpen">0 closed, 1 wide open (mouthing).</param>
/// <param name="EyeOpen">1 open, 0 closed (blink).</param>
/// <param name="Sway">Small drift of the whole body, in body units.</param>
internal readonly record struct SignerPose(
    HandPose Dominant,
    HandPose Weak,
    float BrowRaise,
    float BrowFurrow,
    float HeadYaw,
    float HeadNod,
    float MouthOpen,
    float EyeOpen,
    Vector2 Sway);

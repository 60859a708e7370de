using System.Numerics;

namespace Sign2Gpt.Datasets.SynthSign.Animation;

/// <summary>
/// One hand in one frame, in body units (origin at the base of the neck, x to the viewer's right,
/// y down, half a shoulder width is about 0.5).
/// </summary>
/// <param name="Angle">Direction the fingers point in the image, radians (−π/2 is up).</param>
/// <param name="Length">Foreshortening of palm and fingers: 1 seen flat, less when they point at the camera.</param>
/// <param name="Width">Palm width factor: 1 seen flat, about 0.5 seen edge-on.</param>
/// <param name="PalmFacing">1 when the palm faces the camera, 0 when the back of the hand does.</param>
/// <param name="Scale">Apparent size: above 1 when the hand moves toward the camera.</param>
internal readonly record struct HandPose(
    Vector2 Wrist,
    float Angle,
    float Length,
    float Width,
    float PalmFacing,
    float Scale,
    HandConfiguration Shape)
{
    public static HandPose Lerp(HandPose from, HandPose to, float t)
    {
        var turn = MathF.IEEERemainder(to.Angle - from.Angle, MathF.Tau);
        return new HandPose(
            Vector2.Lerp(from.Wrist, to.Wrist, t),
            from.Angle + (turn * t),
            float.Lerp(from.Length, to.Length, t),
            float.Lerp(from.Width, to.Width, t),
            float.Lerp(from.PalmFacing, to.PalmFacing, t),
            float.Lerp(from.Scale, to.Scale, t),
            HandConfiguration.Lerp(from.Shape, to.Shape, t));
    }
}

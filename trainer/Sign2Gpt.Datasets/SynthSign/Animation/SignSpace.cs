using System.Numerics;
using Sign2Gpt.Datasets.SynthSign.Phonology;

namespace Sign2Gpt.Datasets.SynthSign.Animation;

/// <summary>
/// Where phonological parameters put the hand. Positions are in ipsilateral body units: x grows
/// away from the body's midline on the hand's own side, y grows downwards, origin at the neck base.
/// </summary>
internal static class SignSpace
{
    public static Vector2 Location(SignLocation location) => location switch
    {
        SignLocation.Forehead => new(0.05f, -0.66f),
        SignLocation.Temple => new(0.3f, -0.54f),
        SignLocation.Chin => new(0.03f, -0.21f),
        SignLocation.Cheek => new(0.22f, -0.38f),
        SignLocation.Chest => new(0.08f, 0.42f),
        SignLocation.ContralateralShoulder => new(-0.3f, 0.2f),
        SignLocation.Stomach => new(0.04f, 0.92f),
        SignLocation.NeutralSpace => new(0.22f, 0.66f),
        SignLocation.IpsilateralSide => new(0.62f, 0.56f),
        SignLocation.AboveShoulder => new(0.56f, -0.28f),
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, null),
    };

    /// <summary>Rhythmic movements restart cleanly, so the second hand of an alternating sign runs half a cycle behind.</summary>
    public static bool IsCyclic(SignMovement movement) =>
        movement is SignMovement.Tap or SignMovement.Circle or SignMovement.Twist or SignMovement.Shake or SignMovement.Hold;

    /// <summary>Frames a sign takes at tempo 1, before per-sign variation.</summary>
    public static int BaseFrames(SignMovement movement) => movement switch
    {
        SignMovement.Hold => 6,
        SignMovement.Circle or SignMovement.Zigzag => 9,
        SignMovement.Up or SignMovement.Down or SignMovement.TowardMidline or SignMovement.Outward => 7,
        _ => 8,
    };

    /// <summary>The path at time t (0..1): offset from the location, wrist twist in radians, apparent size.</summary>
    public static (Vector2 Offset, float Twist, float Scale) Movement(SignMovement movement, float t)
    {
        var eased = Smooth(t);
        return movement switch
        {
            SignMovement.Hold => (new(0, 0.012f * MathF.Sin(MathF.Tau * t)), 0, 1),
            SignMovement.Tap => (new(0, -0.075f * MathF.Abs(MathF.Sin(MathF.Tau * t))), 0, 1),
            SignMovement.Up => (new(0, float.Lerp(0.11f, -0.15f, eased)), 0, 1),
            SignMovement.Down => (new(0, float.Lerp(-0.11f, 0.15f, eased)), 0, 1),
            SignMovement.TowardMidline => (new(float.Lerp(0.14f, -0.17f, eased), 0), 0, 1),
            SignMovement.Outward => (new(float.Lerp(-0.06f, 0.16f, eased), float.Lerp(-0.04f, 0.07f, eased)), 0, float.Lerp(0.92f, 1.18f, eased)),
            SignMovement.Circle => (new(0.1f * MathF.Cos(MathF.Tau * t), 0.1f * MathF.Sin(MathF.Tau * t)), 0, 1),
            SignMovement.Arc => (new(float.Lerp(-0.15f, 0.15f, eased), -0.13f * MathF.Sin(MathF.PI * eased)), 0, 1),
            SignMovement.Zigzag => (new(0.07f * Triangle(3 * t), float.Lerp(-0.12f, 0.13f, t)), 0, 1),
            SignMovement.Twist => (Vector2.Zero, 0.65f * MathF.Sin(MathF.Tau * 1.5f * t), 1),
            SignMovement.Shake => (new(0.075f * MathF.Sin(MathF.Tau * 2 * t), 0), 0, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(movement), movement, null),
        };
    }

    /// <summary>
    /// How an orientation looks on a hand on image side <paramref name="handSide"/> (−1 left, +1 right):
    /// finger direction, foreshortening, palm width and which side faces the camera.
    /// </summary>
    public static (float Angle, float Length, float Width, float PalmFacing) Orientation(PalmOrientation orientation, int handSide)
    {
        // Upright hands lean a little towards the midline; flat hands point across the body.
        var upright = (-MathF.PI / 2) - (handSide * 0.22f);
        var across = MathF.Atan2(0.2f, -handSide);
        return orientation switch
        {
            PalmOrientation.Forward => (upright, 1, 1, 1),
            PalmOrientation.Inward => (upright, 1, 1, 0),
            PalmOrientation.Sideways => (upright, 1, 0.5f, 0.5f),
            PalmOrientation.Down => (across, 0.85f, 0.6f, 0),
            PalmOrientation.Up => (across, 0.85f, 0.6f, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(orientation), orientation, null),
        };
    }

    /// <summary>Hands low in front of the body, loosely pointing at each other.</summary>
    public static HandPose Rest(int handSide, float handSize) =>
        new(new Vector2(handSide * 0.21f, 1.22f), MathF.Atan2(0.55f, -handSide), 1, 0.9f, 0, handSize, HandConfiguration.Relaxed);

    /// <summary>Ease in and out, so hands accelerate and brake like real movements.</summary>
    public static float Smooth(float t) => t * t * (3 - (2 * t));

    private static float Triangle(float x)
    {
        var phase = x - MathF.Floor(x);
        return phase < 0.5f ? (4 * phase) - 1 : 3 - (4 * phase);
    }
}

using Sign2Gpt.Datasets.SynthSign.Phonology;

namespace Sign2Gpt.Datasets.SynthSign.Animation;

/// <summary>
/// A handshape as continuous finger parameters, so one handshape can morph into the next while the
/// hand travels between signs.
/// </summary>
/// <param name="Index">Extension of the index finger: 0 curled into the palm, 1 straight. Likewise Middle, Ring, Pinky.</param>
/// <param name="Spread">0 fingers together, 1 fanned out.</param>
/// <param name="ThumbOut">0 across the palm, 0.5 along the side, 1 sticking out.</param>
internal readonly record struct HandConfiguration(
    float Index,
    float Middle,
    float Ring,
    float Pinky,
    float Spread,
    float ThumbOut,
    float ThumbExtension,
    HandFigure Figure)
{
    /// <summary>A loose hand at rest.</summary>
    public static HandConfiguration Relaxed { get; } = new(0.75f, 0.7f, 0.65f, 0.6f, 0.1f, 0.45f, 0.8f, HandFigure.None);

    public float Finger(int finger) => finger switch
    {
        0 => Index,
        1 => Middle,
        2 => Ring,
        _ => Pinky,
    };

    public static HandConfiguration For(Handshape handshape) => handshape switch
    {
        Handshape.Flat => new(1, 1, 1, 1, 0, 0.45f, 1, HandFigure.None),
        Handshape.Spread => new(1, 1, 1, 1, 1, 1, 1, HandFigure.None),
        Handshape.Fist => new(0, 0, 0, 0, 0, 0, 0.7f, HandFigure.None),
        Handshape.ThumbUp => new(0, 0, 0, 0, 0, 0.5f, 1, HandFigure.None),
        Handshape.Index => new(1, 0, 0, 0, 0, 0.05f, 0.7f, HandFigure.None),
        Handshape.IndexThumb => new(1, 0, 0, 0, 0, 1, 1, HandFigure.None),
        Handshape.Victory => new(1, 1, 0, 0, 1, 0.05f, 0.7f, HandFigure.None),
        Handshape.ThreeFingers => new(1, 1, 1, 0, 1, 0.05f, 0.7f, HandFigure.None),
        Handshape.ThumbPinky => new(0, 0, 0, 1, 0.4f, 1, 1, HandFigure.None),
        Handshape.Pinky => new(0, 0, 0, 1, 0.3f, 0, 0.7f, HandFigure.None),
        Handshape.Horns => new(1, 0, 0, 1, 0.7f, 0.05f, 0.7f, HandFigure.None),
        Handshape.Claw => new(0.6f, 0.6f, 0.6f, 0.6f, 1, 0.85f, 0.6f, HandFigure.None),
        Handshape.Bent => new(0.5f, 0.5f, 0.5f, 0.5f, 0, 0.45f, 1, HandFigure.None),
        Handshape.Ring => new(0.35f, 0.35f, 0.35f, 0.35f, 0, 0.5f, 0.5f, HandFigure.Ring),
        Handshape.Cup => new(0.6f, 0.6f, 0.6f, 0.6f, 0.1f, 0.8f, 0.8f, HandFigure.Cup),
        Handshape.Pinch => new(0.3f, 1, 1, 1, 0.7f, 0.5f, 0.5f, HandFigure.PinchRing),
        _ => throw new ArgumentOutOfRangeException(nameof(handshape), handshape, null),
    };

    /// <summary>Fingers move continuously; a figure (ring, cup) snaps at half way.</summary>
    public static HandConfiguration Lerp(HandConfiguration from, HandConfiguration to, float t) => new(
        Mix(from.Index, to.Index, t),
        Mix(from.Middle, to.Middle, t),
        Mix(from.Ring, to.Ring, t),
        Mix(from.Pinky, to.Pinky, t),
        Mix(from.Spread, to.Spread, t),
        Mix(from.ThumbOut, to.ThumbOut, t),
        Mix(from.ThumbExtension, to.ThumbExtension, t),
        t < 0.5f ? from.Figure : to.Figure);

    private static float Mix(float a, float b, float t) => a + ((b - a) * t);
}

namespace Sign2Gpt.Datasets.SynthSign.Phonology;

/// <summary>The path (or wrist action) of the dominant hand during a sign.</summary>
public enum SignMovement
{
    Hold,
    Tap,
    Up,
    Down,
    TowardMidline,
    Outward,
    Circle,
    Arc,
    Zigzag,
    Twist,
    Shake,
}

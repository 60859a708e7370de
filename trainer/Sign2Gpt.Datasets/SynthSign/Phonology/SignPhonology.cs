namespace Sign2Gpt.Datasets.SynthSign.Phonology;

/// <summary>The manual form of a sign: what makes one sign look different from another.</summary>
public readonly record struct SignPhonology(
    Handshape Handshape,
    SignLocation Location,
    SignMovement Movement,
    PalmOrientation Orientation,
    HandArrangement Arrangement)
{
    /// <summary>In how many of the five parameters two signs differ.</summary>
    public int DistanceTo(SignPhonology other) =>
        (Handshape != other.Handshape ? 1 : 0)
        + (Location != other.Location ? 1 : 0)
        + (Movement != other.Movement ? 1 : 0)
        + (Orientation != other.Orientation ? 1 : 0)
        + (Arrangement != other.Arrangement ? 1 : 0);

    public override string ToString() => $"{Handshape}/{Location}/{Movement}/{Orientation}/{Arrangement}";
}

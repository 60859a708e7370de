namespace Sign2Gpt.Datasets.SynthSign.Phonology;

/// <summary>
/// The phonological parameters a sign language draws its signs from, with how common each is.
/// Two languages get different inventories and seeds, so the same meaning gets a different sign.
/// </summary>
public sealed record PhonologyInventory(
    long Seed,
    IReadOnlyList<(Handshape Item, double Weight)> Handshapes,
    IReadOnlyList<(SignLocation Item, double Weight)> Locations,
    IReadOnlyList<(SignMovement Item, double Weight)> Movements,
    IReadOnlyList<(PalmOrientation Item, double Weight)> Orientations,
    IReadOnlyList<(HandArrangement Item, double Weight)> Arrangements)
{
    /// <summary>Like DGS: no horns or W handshape, many flat and fist handshapes, signs often near the face.</summary>
    public static PhonologyInventory Dgs { get; } = new(
        Seed: 0x4447_5331,
        Handshapes:
        [
            (Handshape.Flat, 3), (Handshape.Spread, 2), (Handshape.Fist, 2), (Handshape.ThumbUp, 1.5),
            (Handshape.Index, 3), (Handshape.IndexThumb, 1.5), (Handshape.Victory, 1.5), (Handshape.ThumbPinky, 1),
            (Handshape.Pinky, 1), (Handshape.Claw, 1.5), (Handshape.Bent, 1.5), (Handshape.Ring, 1.5),
            (Handshape.Cup, 1.5), (Handshape.Pinch, 1),
        ],
        Locations:
        [
            (SignLocation.Forehead, 1.5), (SignLocation.Temple, 1.2), (SignLocation.Chin, 1.5), (SignLocation.Cheek, 1.2),
            (SignLocation.Chest, 1.5), (SignLocation.ContralateralShoulder, 0.8), (SignLocation.Stomach, 0.8),
            (SignLocation.NeutralSpace, 3), (SignLocation.IpsilateralSide, 1), (SignLocation.AboveShoulder, 0.8),
        ],
        Movements:
        [
            (SignMovement.Hold, 0.8), (SignMovement.Tap, 1.5), (SignMovement.Up, 1), (SignMovement.Down, 1.2),
            (SignMovement.TowardMidline, 1), (SignMovement.Outward, 1), (SignMovement.Circle, 1.2), (SignMovement.Arc, 1),
            (SignMovement.Zigzag, 0.6), (SignMovement.Twist, 0.8), (SignMovement.Shake, 0.8),
        ],
        Orientations:
        [
            (PalmOrientation.Forward, 1.2), (PalmOrientation.Inward, 1), (PalmOrientation.Sideways, 1.2),
            (PalmOrientation.Down, 1), (PalmOrientation.Up, 0.8),
        ],
        Arrangements:
        [
            (HandArrangement.OneHanded, 5.5), (HandArrangement.Symmetric, 2), (HandArrangement.Alternating, 1),
            (HandArrangement.DominantOnBase, 1.5),
        ]);

    /// <summary>Like ASL: horns and W handshapes but no F pinch, more signs in neutral space and at the chin.</summary>
    public static PhonologyInventory Asl { get; } = new(
        Seed: 0x4153_4C31,
        Handshapes:
        [
            (Handshape.Flat, 2.5), (Handshape.Spread, 2.5), (Handshape.Fist, 1.5), (Handshape.ThumbUp, 2),
            (Handshape.Index, 2.5), (Handshape.IndexThumb, 2), (Handshape.Victory, 2), (Handshape.ThreeFingers, 1),
            (Handshape.ThumbPinky, 1.5), (Handshape.Pinky, 1), (Handshape.Horns, 1), (Handshape.Claw, 1),
            (Handshape.Bent, 1), (Handshape.Ring, 1.5), (Handshape.Cup, 1),
        ],
        Locations:
        [
            (SignLocation.Forehead, 1.2), (SignLocation.Temple, 1), (SignLocation.Chin, 2), (SignLocation.Cheek, 0.8),
            (SignLocation.Chest, 1.8), (SignLocation.ContralateralShoulder, 1), (SignLocation.Stomach, 0.6),
            (SignLocation.NeutralSpace, 3.5), (SignLocation.IpsilateralSide, 0.8), (SignLocation.AboveShoulder, 0.6),
        ],
        Movements:
        [
            (SignMovement.Hold, 0.6), (SignMovement.Tap, 1.2), (SignMovement.Up, 1), (SignMovement.Down, 1),
            (SignMovement.TowardMidline, 1.2), (SignMovement.Outward, 1.3), (SignMovement.Circle, 1.4), (SignMovement.Arc, 1.1),
            (SignMovement.Zigzag, 0.8), (SignMovement.Twist, 1), (SignMovement.Shake, 0.6),
        ],
        Orientations:
        [
            (PalmOrientation.Forward, 1), (PalmOrientation.Inward, 1.2), (PalmOrientation.Sideways, 1),
            (PalmOrientation.Down, 1.2), (PalmOrientation.Up, 1),
        ],
        Arrangements:
        [
            (HandArrangement.OneHanded, 5), (HandArrangement.Symmetric, 2.5), (HandArrangement.Alternating, 1.2),
            (HandArrangement.DominantOnBase, 1.3),
        ]);
}

namespace Sign2Gpt.Datasets.SynthSign.Animation;

/// <summary>Handshapes whose fingers touch the thumb and are drawn as one figure, not finger by finger.</summary>
internal enum HandFigure
{
    None,

    /// <summary>All fingertips on the thumb (O).</summary>
    Ring,

    /// <summary>Fingers and thumb curved like a cup (C).</summary>
    Cup,

    /// <summary>Index on the thumb, other fingers free (F).</summary>
    PinchRing,
}

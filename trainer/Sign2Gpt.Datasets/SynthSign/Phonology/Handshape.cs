namespace Sign2Gpt.Datasets.SynthSign.Phonology;

/// <summary>The configuration of the fingers, the most visible parameter of a sign.</summary>
public enum Handshape
{
    /// <summary>B: fingers straight and together.</summary>
    Flat,

    /// <summary>5: all fingers straight and spread.</summary>
    Spread,

    /// <summary>S: closed fist, thumb across the fingers.</summary>
    Fist,

    /// <summary>A: fist with the thumb up along the side.</summary>
    ThumbUp,

    /// <summary>1: index finger only.</summary>
    Index,

    /// <summary>L: index and thumb at a right angle.</summary>
    IndexThumb,

    /// <summary>V: index and middle spread.</summary>
    Victory,

    /// <summary>W: index, middle and ring spread.</summary>
    ThreeFingers,

    /// <summary>Y: thumb and little finger.</summary>
    ThumbPinky,

    /// <summary>I: little finger only.</summary>
    Pinky,

    /// <summary>Index and little finger.</summary>
    Horns,

    /// <summary>Spread fingers bent at both joints.</summary>
    Claw,

    /// <summary>Fingers together, bent at the knuckles.</summary>
    Bent,

    /// <summary>O: fingertips meet the thumb in a ring.</summary>
    Ring,

    /// <summary>C: fingers and thumb curved like a cup.</summary>
    Cup,

    /// <summary>F: index and thumb pinch a ring, the other fingers straight.</summary>
    Pinch,
}

namespace Sign2Gpt.Datasets.SynthSign.Phonology;

/// <summary>Which way the palm faces, as seen by a camera in front of the signer.</summary>
public enum PalmOrientation
{
    /// <summary>Palm towards the camera, fingers up.</summary>
    Forward,

    /// <summary>Palm towards the signer: the back of the hand is seen.</summary>
    Inward,

    /// <summary>Palm towards the body's midline: the hand is seen edge-on.</summary>
    Sideways,

    /// <summary>Palm down, fingers pointing across the body.</summary>
    Down,

    /// <summary>Palm up, fingers pointing across the body.</summary>
    Up,
}

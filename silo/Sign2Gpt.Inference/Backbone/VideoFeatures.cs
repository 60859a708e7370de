namespace Sign2Gpt.Inference.Backbone;

/// <summary>Per-frame backbone features of one video: row i belongs to source frame <c>FrameIndices[i]</c>.</summary>
public sealed record VideoFeatures(string BackboneVersion, double Fps, int[] FrameIndices, int Dimension, float[] Values)
{
    public int FrameCount => FrameIndices.Length;

    public ReadOnlySpan<float> Row(int i) => Values.AsSpan(i * Dimension, Dimension);
}

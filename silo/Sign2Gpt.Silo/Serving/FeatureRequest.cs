using Sign2Gpt.Inference.Backbone;

namespace Sign2Gpt.Silo.Serving;

/// <summary>A video's backbone features so far, to be translated into <see cref="Language"/> with a rolled-out adapter version (null: the shipped one).</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.FeatureRequest")]
public sealed record FeatureRequest(
    [property: Id(0)] string BackboneVersion,
    [property: Id(1)] double Fps,
    [property: Id(2)] int[] FrameIndices,
    [property: Id(3)] int Dimension,
    [property: Id(4)] float[] Values,
    [property: Id(5)] string Language,
    [property: Id(6)] bool IsFinal,
    [property: Id(7)] int? AdapterVersion)
{
    public static FeatureRequest Of(VideoFeatures features, string language, int? adapterVersion, bool isFinal) =>
        new(features.BackboneVersion, features.Fps, features.FrameIndices, features.Dimension, features.Values, language, isFinal, adapterVersion);

    public VideoFeatures ToFeatures() => new(BackboneVersion, Fps, FrameIndices, Dimension, Values);
}

namespace Sign2Gpt.Datasets.SynthSign.Animation;

/// <summary>A signed sentence as one pose per frame, and where each sign lies in it.</summary>
internal sealed record SentenceAnimation(IReadOnlyList<SignerPose> Poses, IReadOnlyList<SignSpan> Signs);

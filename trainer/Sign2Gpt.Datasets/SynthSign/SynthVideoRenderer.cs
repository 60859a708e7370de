using Sign2Gpt.Datasets.SynthSign.Animation;
using Sign2Gpt.Datasets.SynthSign.Phonology;
using Sign2Gpt.Datasets.SynthSign.Rendering;
using Sign2Gpt.Datasets.SynthSign.Signers;
using SkiaSharp;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>Renders the frames of one video, deterministically from the corpus seed and the video's index.</summary>
internal static class SynthVideoRenderer
{
    public static SKImageInfo FrameInfo { get; } = new(SignerRenderer.Width, SignerRenderer.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);

    public static SentenceAnimation Animate(SynthVideo video, SignLexicon lexicon, long seed, out RecordingConditions conditions)
    {
        var random = SynthRandom.For(seed, "recording", video.Index);
        conditions = RecordingConditions.Draw(random);
        return SignAnimator.Animate(video.Sentence, lexicon, video.Signer, random);
    }

    /// <summary>Calls <paramref name="onFrame"/> with each finished frame; the bitmap is reused for the next one.</summary>
    public static int Render(SynthVideo video, SignLexicon lexicon, long seed, Action<int, SKBitmap> onFrame, CancellationToken cancellationToken)
    {
        var animation = Animate(video, lexicon, seed, out var conditions);
        var noise = SynthRandom.For(seed, "noise", video.Index).NextUInt64() | 1;
        using var bitmap = new SKBitmap(FrameInfo);
        using var canvas = new SKCanvas(bitmap);
        using var renderer = new SignerRenderer(video.Signer, conditions);
        for (var frame = 0; frame < animation.Poses.Count; frame++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            renderer.Draw(canvas, animation.Poses[frame]);
            canvas.Flush();
            FrameNoise.Apply(bitmap.GetPixelSpan(), bitmap.Width, bitmap.Height, conditions.NoiseAmplitude, ref noise);
            onFrame(frame, bitmap);
        }

        return animation.Poses.Count;
    }
}

using System.Numerics;
using Sign2Gpt.Datasets.SynthSign.Animation;
using Sign2Gpt.Datasets.SynthSign.Phonology;
using Sign2Gpt.Datasets.SynthSign.Rendering;
using Sign2Gpt.Datasets.SynthSign.Signers;
using SkiaSharp;

namespace Sign2Gpt.Datasets.Tests.SynthSign;

public sealed class SignerRendererTests
{
    private static readonly SignerProfile Signer = SignerCast.Create(1)[2];
    private static readonly RecordingConditions Studio = new(1, 0, 0, 0, 0, 0, 0);

    [Fact]
    public void Raised_brows_change_only_the_upper_face()
    {
        var neutral = Render(Pose());
        var raised = Render(Pose() with { BrowRaise = 1 });

        var changed = ChangedPixels(neutral, raised);
        Assert.True(changed.Count > 20, $"only {changed.Count} pixels change when the brows go up");
        Assert.InRange(changed.Max(pixel => pixel.Y) - changed.Min(pixel => pixel.Y), 1, 30);
        Assert.True(changed.Max(pixel => pixel.Y) < SignerRenderer.Height * 0.4, "brows are drawn below the face");
    }

    [Fact]
    public void Every_handshape_looks_different()
    {
        var images = Enum.GetValues<Handshape>().ToDictionary(
            handshape => handshape,
            handshape => Render(Pose() with { Dominant = Pose().Dominant with { Shape = HandConfiguration.For(handshape) } }));

        foreach (var (first, firstImage) in images)
        {
            foreach (var (second, secondImage) in images.Where(pair => pair.Key > first))
            {
                Assert.True(ChangedPixels(firstImage, secondImage).Count >= 12, $"{first} and {second} render almost alike");
            }
        }
    }

    [Fact]
    public void Frames_are_210_by_260_and_the_head_shake_moves_the_face()
    {
        var still = Render(Pose());
        var turned = Render(Pose() with { HeadYaw = 0.9f });

        Assert.Equal(SignerRenderer.Width * SignerRenderer.Height * 4, still.Length);
        Assert.Equal((210, 260), (SignerRenderer.Width, SignerRenderer.Height));
        Assert.True(ChangedPixels(still, turned).Count > 40);
    }

    private static SignerPose Pose()
    {
        var hand = new HandPose(new Vector2(-0.2f, 0.3f), -MathF.PI / 2, 1, 1, 1, 1, HandConfiguration.For(Handshape.Flat));
        return new SignerPose(hand, SignSpace.Rest(1, 1), 0, 0, 0, 0, 0, 1, Vector2.Zero);
    }

    private static byte[] Render(SignerPose pose)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(SignerRenderer.Width, SignerRenderer.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using var renderer = new SignerRenderer(Signer, Studio);
        renderer.Draw(canvas, pose);
        canvas.Flush();
        return bitmap.GetPixelSpan().ToArray();
    }

    private static List<(int X, int Y)> ChangedPixels(byte[] first, byte[] second)
    {
        var changed = new List<(int X, int Y)>();
        for (var pixel = 0; pixel < first.Length / 4; pixel++)
        {
            var offset = pixel * 4;
            var difference = Math.Abs(first[offset] - second[offset]) + Math.Abs(first[offset + 1] - second[offset + 1]) + Math.Abs(first[offset + 2] - second[offset + 2]);
            if (difference > 30)
            {
                changed.Add((pixel % SignerRenderer.Width, pixel / SignerRenderer.Width));
            }
        }

        return changed;
    }
}

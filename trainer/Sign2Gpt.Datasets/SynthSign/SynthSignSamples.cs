using Sign2Gpt.Datasets.SynthSign.Phonology;
using Sign2Gpt.Datasets.SynthSign.Rendering;
using SkiaSharp;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>Sample frames for documentation: the README shows one per language (<c>Samples/*.png</c>).</summary>
public static class SynthSignSamples
{
    /// <summary>Writes <c>&lt;language id&gt;.png</c> for each language, each from its own seed so two different signers appear.</summary>
    public static void WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        for (var index = 0; index < SynthSignLanguage.All.Count; index++)
        {
            var language = SynthSignLanguage.All[index];
            File.WriteAllBytes(Path.Combine(directory, language.Id + ".png"), RenderPng(language, seed: index + 1));
        }
    }

    /// <summary>
    /// A PNG of the middle of a sign, upscaled <paramref name="upscale"/> times without smoothing so
    /// the pixels are the corpus's own. The sign is the seed's first two-handed sign made in front of
    /// the chest, so face, both arms and both handshapes are in view.
    /// </summary>
    public static byte[] RenderPng(SynthSignLanguage language, long seed = 1, int upscale = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(upscale, 1);
        var options = new SynthSignOptions { Language = language, OutputDirectory = ".", Videos = 60, Seed = seed };
        var videos = SynthSignGenerator.Plan(options);
        var video = videos.FirstOrDefault(candidate => candidate.Sentence.Signs.Any(sign => Shows(language, sign.Gloss))) ?? videos[0];
        var animation = SynthVideoRenderer.Animate(video, language.Lexicon, seed, out _);
        var span = animation.Signs.FirstOrDefault(sign => Shows(language, sign.Gloss), animation.Signs[0]);
        var wanted = span.Start + (span.Length / 2);

        using var frame = new SKBitmap(SynthVideoRenderer.FrameInfo);
        SynthVideoRenderer.Render(
            video,
            language.Lexicon,
            seed,
            (index, bitmap) =>
            {
                if (index == wanted)
                {
                    bitmap.CopyTo(frame);
                }
            },
            CancellationToken.None);

        using var large = new SKBitmap(new SKImageInfo(SignerRenderer.Width * upscale, SignerRenderer.Height * upscale, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(large))
        {
            using var image = SKImage.FromBitmap(frame);
            canvas.DrawImage(image, new SKRect(0, 0, large.Width, large.Height), new SKSamplingOptions(SKFilterMode.Nearest));
        }

        using var pixmap = large.PeekPixels();
        using var png = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))
            ?? throw new InvalidOperationException("Skia could not encode the sample as PNG.");
        return png.ToArray();
    }

    private static bool Shows(SynthSignLanguage language, string gloss)
    {
        var phonology = language.Lexicon[gloss].Phonology;
        return phonology.Arrangement != HandArrangement.OneHanded
            && phonology.Location is SignLocation.Chest or SignLocation.NeutralSpace;
    }
}

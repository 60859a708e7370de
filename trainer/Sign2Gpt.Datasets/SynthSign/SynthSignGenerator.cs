using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.SynthSign.Signers;
using Sign2Gpt.Inference.Media;
using SkiaSharp;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>
/// Generates a SynthSign corpus in the Phoenix-2014-T layout: annotation CSVs, 210x260 PNG frames at
/// 25 fps, and optionally one MP4 per video. The output is byte-identical for a seed, whatever the
/// parallelism: every video draws from its own random streams.
/// </summary>
public sealed class SynthSignGenerator(ILogger<SynthSignGenerator> logger, VideoEncoder? encoder = null)
{
    private const double FramesPerSecond = 25;

    // Fast zlib and the Up filter: the frames are flat-shaded, so this is small and quick to write.
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Up, 1);

    /// <summary>Who signs which sentence in which split, without rendering anything.</summary>
    public static IReadOnlyList<SynthVideo> Plan(SynthSignOptions options)
    {
        options.Validate();
        var cast = SignerCast.Create(options.Seed, options.Signers);
        var counts = options.SplitRatio.Counts(options.Videos);
        var videos = new List<SynthVideo>(options.Videos);
        foreach (var split in Enum.GetValues<CorpusSplit>())
        {
            var signers = cast.Where(signer => signer.Split == split).ToList();
            for (var number = 1; number <= counts[split]; number++)
            {
                var index = videos.Count;
                var sentenceIndex = options.Phrases is { } phrases ? SynthRandom.For(options.Seed, "phrase", index).Next(phrases) : index;
                var sentence = options.Language.GenerateSentence(SynthRandom.For(options.Seed, "sentence", sentenceIndex), options.MinSigns, options.MaxSigns);
                var signer = SynthRandom.For(options.Seed, "signer", index).Pick(signers);
                videos.Add(new SynthVideo($"{options.Language.Id}_{split.ToFolderName()}_{number:D5}", split, index, signer, sentence));
            }
        }

        return videos;
    }

    public async Task<SynthSignCorpus> GenerateAsync(SynthSignOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        options.Validate();
        if (options.WriteMp4 && encoder is null)
        {
            throw new InvalidOperationException("MP4 output needs a video encoder; none was given to the generator.");
        }

        var stopwatch = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.OutputDirectory);
        PrepareOutput(root);
        var videos = Plan(options);
        var lexicon = options.Language.Lexicon;
        logger.LogInformation(
            "Generating {Videos} {Language} videos with seed {Seed} into {Output}", videos.Count, options.Language.Id, options.Seed, root);

        var frames = new int[videos.Count];
        var completed = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, videos.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                frames[index] = await WriteVideoAsync(root, videos[index], options, token);
                progress?.Report(Interlocked.Increment(ref completed));
            });

        // Annotations last: an interrupted run leaves no corpus that looks complete.
        await PhoenixAnnotationWriter.WriteAsync(root, videos, cancellationToken);
        await SynthSignManifest.WriteAsync(root, options, SignerCast.Create(options.Seed, options.Signers), videos, cancellationToken);

        var corpus = new SynthSignCorpus(
            root,
            options.Language.Id,
            Enum.GetValues<CorpusSplit>().ToDictionary(split => split, split => videos.Count(video => video.Split == split)),
            frames.Sum(count => (long)count),
            videos.Select(video => video.Sentence.Translation).Distinct(StringComparer.Ordinal).Count(),
            lexicon.Count,
            stopwatch.Elapsed);
        logger.LogInformation(
            "Wrote {Videos} videos ({Frames} frames, {Distinct} distinct sentences) in {Elapsed}",
            corpus.Videos, corpus.Frames, corpus.DistinctTranslations, corpus.Elapsed);
        return corpus;
    }

    private async Task<int> WriteVideoAsync(string root, SynthVideo video, SynthSignOptions options, CancellationToken cancellationToken)
    {
        var directory = PhoenixAnnotationWriter.FramesDirectory(root, video.Split, video.Name);
        Directory.CreateDirectory(directory);
        var rgbFrames = options.WriteMp4 ? new List<RgbFrame>() : null;
        var count = SynthVideoRenderer.Render(
            video,
            options.Language.Lexicon,
            options.Seed,
            (frame, bitmap) =>
            {
                using (var pixmap = bitmap.PeekPixels())
                using (var png = pixmap.Encode(PngOptions) ?? throw new InvalidOperationException("Skia could not encode a frame as PNG."))
                {
                    File.WriteAllBytes(Path.Combine(directory, PhoenixAnnotationWriter.FrameFileName(frame)), png.AsSpan());
                }

                rgbFrames?.Add(new RgbFrame(frame, bitmap.Width, bitmap.Height, ToRgb(bitmap.GetPixelSpan())));
            },
            cancellationToken);

        if (rgbFrames is not null)
        {
            var videoDirectory = Path.Combine(root, "videos", video.Split.ToFolderName());
            Directory.CreateDirectory(videoDirectory);
            await encoder!.EncodeAsync(rgbFrames, Path.Combine(videoDirectory, video.Name + ".mp4"), FramesPerSecond, VideoEncoding.Mp4, cancellationToken);
        }

        return count;
    }

    private static byte[] ToRgb(ReadOnlySpan<byte> rgba)
    {
        var rgb = new byte[rgba.Length / 4 * 3];
        for (int source = 0, target = 0; source < rgba.Length; source += 4, target += 3)
        {
            rgb[target] = rgba[source];
            rgb[target + 1] = rgba[source + 1];
            rgb[target + 2] = rgba[source + 2];
        }

        return rgb;
    }

    /// <summary>
    /// Creates the corpus root, or clears an earlier SynthSign corpus there. A non-empty folder that
    /// SynthSign did not write is refused rather than deleted: it may be someone's real corpus.
    /// </summary>
    private void PrepareOutput(string root)
    {
        if (!Directory.Exists(root))
        {
            Directory.CreateDirectory(root);
            return;
        }

        if (!Directory.EnumerateFileSystemEntries(root).Any())
        {
            return;
        }

        if (!File.Exists(Path.Combine(root, SynthSignManifest.FileName)))
        {
            throw new IOException($"{root} is not empty and holds no SynthSign corpus ({SynthSignManifest.FileName}); choose a new or empty directory.");
        }

        logger.LogInformation("Replacing the SynthSign corpus in {Output}", root);
        foreach (var folder in (string[])["annotations", "features", "videos"])
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        File.Delete(Path.Combine(root, SynthSignManifest.FileName));
        File.Delete(Path.Combine(root, SynthSignManifest.LexiconFileName));
    }
}

using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.SynthSign.Signers;
using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Platform.Tests.Training;

/// <summary>
/// A tenant's labelled videos as a tenant would upload them: MP4 files and translations.csv in a zip. SynthSign
/// German from a seed of its own, so none of its signers is one the demo model was trained on; either general
/// sentences or a phrasebook (a domain-specific tenant whose users sign a few phrases again and again).
/// </summary>
public static class TenantDataset
{
    /// <param name="phrases">Sentences the whole dataset signs, or null for a sentence per video.</param>
    /// <param name="shuffleTranslations">Gives every training video another video's sentence: labels that teach nothing true.</param>
    public static async Task<byte[]> ZipAsync(string folder, int videos, long seed, int? phrases, bool shuffleTranslations)
    {
        var corpus = Corpus(folder, videos, seed, phrases);
        if (SynthSignLanguage.OfCorpus(corpus) is null)
        {
            await new SynthSignGenerator(NullLogger<SynthSignGenerator>.Instance, new VideoEncoder(Options.Create(new VideoDecoderOptions()))).GenerateAsync(
                new SynthSignOptions
                {
                    Language = SynthSignLanguage.Dgs,
                    OutputDirectory = corpus,
                    Videos = videos,
                    Seed = seed,
                    // A held-out split large enough that before/after scores mean something (a few sentences make BLEU-4 jump).
                    SplitRatio = new SplitRatio(6, 1, 3),
                    Signers = new SignerCounts(4, 1, 2),
                    Phrases = phrases,
                    WriteMp4 = true,
                },
                null,
                CancellationToken.None);
        }

        var samples = SignCorpus.Open(corpus);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var csv = new StringBuilder("video,translation,split,signer\n");
            foreach (var split in Enum.GetValues<CorpusSplit>())
            {
                var rows = samples.Split(split);
                var sentences = rows.Select(r => r.Translation).ToList();
                for (var i = 0; i < rows.Count; i++)
                {
                    var video = $"{split.ToFolderName()}/{rows[i].Name}.mp4";
                    archive.CreateEntryFromFile(Path.Combine(corpus, "videos", video), video, CompressionLevel.NoCompression);
                    var translation = shuffleTranslations && split == CorpusSplit.Train ? sentences[(i + 1) % sentences.Count] : sentences[i];
                    csv.Append(video).Append(",\"").Append(translation.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",").Append(split.ToFolderName()).Append(',').Append(rows[i].Signer).Append('\n');
                }
            }

            await using var entry = archive.CreateEntry("translations.csv").Open();
            await entry.WriteAsync(Encoding.UTF8.GetBytes(csv.ToString()));
        }

        return zip.ToArray();
    }

    /// <summary>One held-out (test split) video of the dataset, as the tenant's users would stream it.</summary>
    public static string HeldOutVideo(string folder, int videos, long seed, int? phrases)
    {
        var corpus = Corpus(folder, videos, seed, phrases);
        var sample = SignCorpus.Open(corpus).Split(CorpusSplit.Test)[0];
        return Path.Combine(corpus, "videos", CorpusSplit.Test.ToFolderName(), sample.Name + ".mp4");
    }

    private static string Corpus(string folder, int videos, long seed, int? phrases) =>
        Path.Combine(folder, $"synth-dgs-{seed}-{videos}-{(phrases is { } n ? $"phrases{n}" : "sentences")}");
}

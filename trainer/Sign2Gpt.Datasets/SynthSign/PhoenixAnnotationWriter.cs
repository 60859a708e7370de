using System.Text;
using Sign2Gpt.Datasets.Corpora;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>Writes the Phoenix-2014-T annotation files, so every Phoenix reader reads SynthSign too.</summary>
internal static class PhoenixAnnotationWriter
{
    public const string FramesFolder = "fullFrame-210x260px";

    public static string FramesDirectory(string root, CorpusSplit split, string name) =>
        Path.Combine(root, "features", FramesFolder, split.ToFolderName(), name);

    /// <summary>Phoenix names frames images0001.png, images0002.png, ...</summary>
    public static string FrameFileName(int frame) => $"images{frame + 1:D4}.png";

    public static async Task WriteAsync(string root, IReadOnlyList<SynthVideo> videos, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(root, "annotations", "manual");
        Directory.CreateDirectory(directory);
        foreach (var split in Enum.GetValues<CorpusSplit>())
        {
            var text = new StringBuilder(PhoenixCorpus.Header).Append('\n');
            foreach (var video in videos.Where(video => video.Split == split))
            {
                text.Append(video.Name).Append('|')
                    .Append(video.Name).Append("/1/*.png|-1|-1|")
                    .Append(video.Signer.Id).Append('|')
                    .Append(video.Sentence.Orth).Append('|')
                    .Append(video.Sentence.Translation).Append('\n');
            }

            await File.WriteAllTextAsync(PhoenixCorpus.AnnotationPath(root, split), text.ToString(), new UTF8Encoding(false), cancellationToken);
        }
    }
}

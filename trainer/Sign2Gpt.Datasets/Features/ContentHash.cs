using System.Security.Cryptography;
using System.Text;

namespace Sign2Gpt.Datasets.Features;

/// <summary>SHA-256 of what a video is made of: a file's bytes, or a frame folder's file names and bytes in order.</summary>
public static class ContentHash
{
    public static async Task<string> OfAsync(string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Order(StringComparer.Ordinal).ToList()
            : [path];
        foreach (var file in files)
        {
            if (files.Count > 1)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            }

            await using var stream = File.OpenRead(file);
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

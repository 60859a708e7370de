using System.Runtime.InteropServices;
using System.Text;
using Sign2Gpt.Inference.Backbone;

namespace Sign2Gpt.Datasets.Features;

/// <summary>
/// The on-disk form of <see cref="VideoFeatures"/>: "S2GF", format version, backbone version, fps,
/// frame count, dimension, frame indices (int32), then float32 values, all little-endian. Writes
/// are atomic (temp file + rename), so a crash never leaves a half file where a reader looks.
/// </summary>
public static class FeatureFile
{
    public const string Extension = ".s2gf";

    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "S2GF"u8.ToArray();

    public static async Task WriteAsync(string path, VideoFeatures features, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        await using (var stream = File.Create(temporary))
        {
            await using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(features.BackboneVersion);
                writer.Write(features.Fps);
                writer.Write(features.FrameCount);
                writer.Write(features.Dimension);
                writer.Write(MemoryMarshal.AsBytes(features.FrameIndices.AsSpan()));
            }

            await stream.WriteAsync(MemoryMarshal.AsBytes(features.Values.AsSpan()).ToArray(), cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static async Task<VideoFeatures> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (!reader.ReadBytes(4).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException($"'{path}' is not a feature file (bad magic).");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"'{path}' has feature format version {version}; this build reads {FormatVersion}.");
            }

            var backbone = reader.ReadString();
            var fps = reader.ReadDouble();
            var frames = reader.ReadInt32();
            var dimension = reader.ReadInt32();
            var indexBytes = (long)frames * sizeof(int);
            var valueBytes = (long)frames * dimension * sizeof(float);
            if (frames < 0 || dimension <= 0 || reader.BaseStream.Length - reader.BaseStream.Position != indexBytes + valueBytes)
            {
                throw new InvalidDataException($"'{path}' is truncated or damaged: {frames} frames of {dimension} values do not fit its size.");
            }

            var indices = MemoryMarshal.Cast<byte, int>(reader.ReadBytes((int)indexBytes)).ToArray();
            var values = MemoryMarshal.Cast<byte, float>(reader.ReadBytes((int)valueBytes)).ToArray();
            return new VideoFeatures(backbone, fps, indices, dimension, values);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"'{path}' is truncated.", e);
        }
    }
}

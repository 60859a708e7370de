using Sign2Gpt.Client;

namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>
/// A video re-encoded once, up front, as the reference client streams it (fragmented MP4, H.264), kept as chunks in
/// memory: unpaced runs replay them, so that the client's encoder does not take the cores the platform is measured on
/// (a phone encodes on its own hardware).
/// </summary>
internal sealed record ClientChunks(double Fps, IReadOnlyList<byte[]> Chunks)
{
    public long Bytes => Chunks.Sum(c => (long)c.Length);

    public static async Task<ClientChunks> EncodeAsync(string video, int chunkBytes, CancellationToken cancellationToken)
    {
        using var segmenter = new VideoSegmenter(video) { ChunkBytes = chunkBytes, Paced = false };
        var fps = await segmenter.ProbeFpsAsync(cancellationToken);
        var chunks = new List<byte[]>();
        await foreach (var chunk in segmenter.ReadChunksAsync(cancellationToken))
        {
            chunks.Add(chunk);
        }

        return new ClientChunks(fps, chunks);
    }

    /// <summary>The chunks <paramref name="times"/> over, as one upload.</summary>
    public IAsyncEnumerable<byte[]> Replay(int times = 1) => Enumerable.Repeat(Chunks, times).SelectMany(c => c).ToAsyncEnumerable();

    /// <summary>The same bytes as one file, for the bare pipeline to decode what the platform decodes.</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        foreach (var chunk in Chunks)
        {
            await file.WriteAsync(chunk, cancellationToken);
        }
    }
}

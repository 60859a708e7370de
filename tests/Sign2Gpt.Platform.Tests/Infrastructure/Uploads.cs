using System.Runtime.CompilerServices;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

public static class Uploads
{
    /// <summary>The chunks as they pass, with a copy of their bytes: what a client actually sent.</summary>
    public static async IAsyncEnumerable<byte[]> Copied(
        IAsyncEnumerable<byte[]> chunks, MemoryStream copy, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var chunk in chunks.WithCancellation(cancellationToken))
        {
            copy.Write(chunk);
            yield return chunk;
        }
    }
}

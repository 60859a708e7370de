namespace Sign2Gpt.Inference.Media;

/// <summary>
/// The paper's training sampling: a random start offset in 0..3, every second frame, and at most
/// <see cref="MaxFrames"/> frames (a random sorted subsample beyond that). Seeded by the caller.
/// </summary>
public static class TrainingFrameSampler
{
    public const int MaxFrames = 256;
    public const int MaxOffset = 3;
    public const int Stride = 2;

    public static IReadOnlyList<int> Select(int frameCount, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameCount);
        var offset = Math.Min(random.Next(MaxOffset + 1), Math.Max(0, frameCount - 1));
        var strided = new List<int>();
        for (var i = offset; i < frameCount; i += Stride)
        {
            strided.Add(i);
        }

        if (strided.Count <= MaxFrames)
        {
            return strided;
        }

        var chosen = strided.ToArray();
        random.Shuffle(chosen);
        var subsample = chosen[..MaxFrames];
        Array.Sort(subsample);
        return subsample;
    }
}

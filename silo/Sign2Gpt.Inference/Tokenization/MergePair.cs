namespace Sign2Gpt.Inference.Tokenization;

/// <summary>Two adjacent token ids that one BPE merge joins into a new token.</summary>
internal readonly record struct MergePair(int Left, int Right)
{
    public static long KeyOf(int left, int right) => ((long)left << 32) | (uint)right;

    public static MergePair FromKey(long key) => new((int)(key >> 32), (int)key);
}

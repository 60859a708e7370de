namespace Sign2Gpt.Inference.Media;

/// <summary>Which source frames a decode keeps: every frame, a stride, or an explicit sorted set.</summary>
public sealed class FrameSelection
{
    private readonly int _offset;
    private readonly int _stride;
    private readonly HashSet<int>? _indices;

    private FrameSelection(int offset, int stride, HashSet<int>? indices)
    {
        _offset = offset;
        _stride = stride;
        _indices = indices;
    }

    public static FrameSelection All { get; } = new(0, 1, null);

    /// <summary>The paper's evaluation sampling: every second frame from the first.</summary>
    public static FrameSelection Evaluation { get; } = new(0, 2, null);

    public static FrameSelection Stride(int offset, int stride)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        return new FrameSelection(offset, stride, null);
    }

    public static FrameSelection Indices(IEnumerable<int> indices) => new(0, 1, [.. indices]);

    public bool Keeps(int index) =>
        _indices?.Contains(index) ?? (index >= _offset && (index - _offset) % _stride == 0);
}

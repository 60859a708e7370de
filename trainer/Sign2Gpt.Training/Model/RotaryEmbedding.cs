using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// Rotary position embedding on the head dimension, "rotate half" convention: the first and second
/// halves of each head vector form the rotated pairs, frequency 10000^(-2j/d_head).
/// </summary>
public static class RotaryEmbedding
{
    /// <summary>Applies the rotation to [batch, heads, length, headDim] queries or keys.</summary>
    public static Tensor Apply(Tensor x)
    {
        using var scope = NewDisposeScope();
        var length = x.shape[2];
        var headDim = x.shape[3];
        var (cos, sin) = Tables(length, headDim, x.device);
        var halves = x.chunk(2, -1);
        var rotated = cat([-halves[1], halves[0]], -1);
        return ((x * cos) + (rotated * sin)).MoveToOuterDisposeScope();
    }

    /// <summary>cos and sin tables [length, headDim] (each frequency repeated for both halves).</summary>
    public static (Tensor Cos, Tensor Sin) Tables(long length, long headDim, Device device)
    {
        var inverse = pow(10000.0, -arange(0, headDim, 2, dtype: float32, device: device) / headDim);
        var angles = outer(arange(length, dtype: float32, device: device), inverse);
        var both = cat([angles, angles], -1);
        return (both.cos(), both.sin());
    }
}

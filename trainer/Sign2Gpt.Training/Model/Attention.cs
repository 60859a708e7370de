using TorchSharp;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>Multi-head attention arithmetic shared by every attention in the model.</summary>
public static class Attention
{
    /// <summary>
    /// The fill value for hidden scores, created once and kept alive: a temporary Scalar can be finalised by
    /// the GC while libtorch still reads it, which surfaced as a rare "toFloat" failure mid-training.
    /// </summary>
    internal static readonly Scalar Hidden = float.MinValue.ToScalar();

    /// <summary>[batch, length, dim] → [batch, heads, length, dim/heads].</summary>
    public static Tensor SplitHeads(Tensor x, long heads) =>
        x.view(x.shape[0], x.shape[1], heads, x.shape[2] / heads).transpose(1, 2);

    /// <summary>[batch, heads, length, headDim] → [batch, length, heads·headDim].</summary>
    public static Tensor MergeHeads(Tensor x) =>
        x.transpose(1, 2).reshape(x.shape[0], x.shape[2], x.shape[1] * x.shape[3]);

    /// <summary>softmax(q·kᵀ/√d + mask); <paramref name="allowed"/> broadcasts to [batch, heads, queries, keys].</summary>
    public static Tensor Probabilities(Tensor q, Tensor k, Tensor? allowed)
    {
        using var scope = NewDisposeScope();
        var scores = matmul(q, k.transpose(-2, -1)) / Math.Sqrt(q.shape[^1]);
        if (allowed is not null)
        {
            scores = scores.masked_fill(allowed.logical_not(), Hidden);
        }

        return scores.softmax(-1).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The sign encoder's local mask [batch, 1, length, length]: query i sees key j when |i−j| ≤ halfWindow
    /// and j is a real frame; the diagonal is always allowed so padded queries stay defined.
    /// </summary>
    public static Tensor LocalMask(Tensor valid, int halfWindow)
    {
        using var scope = NewDisposeScope();
        var length = valid.shape[1];
        var positions = arange(length, device: valid.device);
        var distance = (positions.unsqueeze(1) - positions.unsqueeze(0)).abs();
        var local = distance.le(halfWindow).unsqueeze(0);
        var keys = valid.unsqueeze(1);
        var diagonal = eye(length, dtype: @bool, device: valid.device).unsqueeze(0);
        return local.logical_and(keys).logical_or(diagonal).unsqueeze(1).MoveToOuterDisposeScope();
    }
}

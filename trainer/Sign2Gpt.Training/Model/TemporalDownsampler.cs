using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>
/// Halves the time axis without weights: average pooling (kernel 3, stride 2, padding 1, padding
/// counted) on the features; the padding mask is pooled the same way (padding not counted) and a
/// pooled position is valid when any input under it was. Position 0 is forced valid so the
/// decoder always has something to attend to.
/// </summary>
public static class TemporalDownsampler
{
    public static (Tensor Features, Tensor Valid) Apply(Tensor x, Tensor valid)
    {
        using var scope = NewDisposeScope();
        var pooled = nn.functional.avg_pool1d(x.permute(0, 2, 1), 3, 2, 1, count_include_pad: true).permute(0, 2, 1);
        Tensor pooledValid;
        using (no_grad())
        {
            pooledValid = nn.functional.avg_pool1d(valid.to(float32).unsqueeze(1), 3, 2, 1, count_include_pad: false).squeeze(1).gt(0);
            pooledValid[TensorIndex.Colon, 0] = tensor(true);
        }

        return (pooled.MoveToOuterDisposeScope(), pooledValid.MoveToOuterDisposeScope());
    }

    /// <summary>Length after downsampling: ⌊(t + 2 − 3) / 2⌋ + 1.</summary>
    public static long OutputLength(long length) => ((length - 1) / 2) + 1;
}

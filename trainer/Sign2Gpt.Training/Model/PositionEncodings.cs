using static TorchSharp.torch;

namespace Sign2Gpt.Training.Model;

/// <summary>The fixed (weightless) position encodings the architecture uses.</summary>
public static class PositionEncodings
{
    /// <summary>
    /// The sign encoder's additive encoding: dimension i uses frequency 10000^(-2·⌊i/2⌋/d), sine on even
    /// and cosine on odd dimensions. Also added to the encoder output before the visual projection.
    /// </summary>
    public static Tensor Interleaved(long length, long dim, Device? device = null)
    {
        var result = new float[length * dim];
        for (var p = 0; p < length; p++)
        {
            for (var i = 0; i < dim; i++)
            {
                var angle = p * Math.Exp(-Math.Log(10000) * (2 * (i / 2)) / dim);
                result[(p * dim) + i] = (float)(i % 2 == 0 ? Math.Sin(angle) : Math.Cos(angle));
            }
        }

        return tensor(result, [length, dim], device: device);
    }

    /// <summary>
    /// XGLM's token positions: row p holds [sin(p·f_k) for k, cos(p·f_k) for k] with
    /// f_k = 10000^(-k/(d/2-1)); positions start at pad id + 1, as XGLM numbers them.
    /// </summary>
    public static Tensor LanguageModel(long firstPosition, long length, long dim, Device? device = null)
    {
        var half = dim / 2;
        var result = new float[length * dim];
        for (var row = 0; row < length; row++)
        {
            var p = firstPosition + row;
            for (var k = 0; k < half; k++)
            {
                var angle = p * Math.Exp(-k * Math.Log(10000) / (half - 1));
                result[(row * dim) + k] = (float)Math.Sin(angle);
                result[(row * dim) + half + k] = (float)Math.Cos(angle);
            }
        }

        return tensor(result, [length, dim], device: device);
    }
}

using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Training.Data;

/// <summary>
/// Word dropout on the decoder's teacher-forced inputs: each input token after the language tag becomes
/// &lt;unk&gt; with chance <see cref="Rate"/>; targets stay whole. The frozen LM continues a sentence
/// plausibly from its prefix alone, so a translator trained on whole prefixes learns to lean on them and,
/// once it has read the first sign, writes the sentence the prefix suggests; with words hidden it has to
/// read the next one from the video.
/// </summary>
public sealed class WordDropout
{
    private readonly Random _random;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not in [0, 1).</exception>
    public WordDropout(double rate, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rate, 1);
        Rate = rate;
        _random = new Random(seed);
    }

    public double Rate { get; }

    /// <summary>The input token at <paramref name="position"/> of a target sequence: the token itself or &lt;unk&gt;.</summary>
    public int Input(int[] sequence, int position) =>
        position > 0 && Rate > 0 && _random.NextDouble() < Rate ? SpecialTokens.UnkId : sequence[position];
}

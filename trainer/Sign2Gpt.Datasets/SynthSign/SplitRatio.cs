using System.Globalization;
using Sign2Gpt.Datasets.Corpora;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>How videos are shared between train, dev and test; the parts need not sum to one.</summary>
public sealed record SplitRatio(double Train, double Dev, double Test)
{
    public static SplitRatio Default { get; } = new(0.8, 0.1, 0.1);

    /// <summary>Reads "80/10/10", "0.8,0.1,0.1" or "8:1:1".</summary>
    /// <exception cref="FormatException">Not three non-negative numbers with a positive train part.</exception>
    public static SplitRatio Parse(string text)
    {
        var parts = text.Split(['/', ',', ':'], StringSplitOptions.TrimEntries);
        if (parts.Length != 3
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var train)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var dev)
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var test))
        {
            throw new FormatException($"'{text}' is not a split ratio; write train/dev/test, e.g. 80/10/10.");
        }

        var ratio = new SplitRatio(train, dev, test);
        ratio.Validate();
        return ratio;
    }

    /// <exception cref="FormatException">A part is negative or not finite, or train is zero.</exception>
    public void Validate()
    {
        if (!double.IsFinite(Train) || !double.IsFinite(Dev) || !double.IsFinite(Test) || Train <= 0 || Dev < 0 || Test < 0)
        {
            throw new FormatException($"Split ratio {Train}/{Dev}/{Test} is invalid: parts must be finite and non-negative, and train must be positive.");
        }
    }

    /// <summary>Videos per split; rounding goes to train, which keeps at least one video.</summary>
    public IReadOnlyDictionary<CorpusSplit, int> Counts(int videos)
    {
        var total = Train + Dev + Test;
        var dev = (int)Math.Round(videos * Dev / total, MidpointRounding.AwayFromZero);
        var test = (int)Math.Round(videos * Test / total, MidpointRounding.AwayFromZero);
        if (dev + test >= videos)
        {
            dev = Math.Min(dev, (videos - 1) / 2);
            test = Math.Min(test, videos - 1 - dev);
        }

        return new Dictionary<CorpusSplit, int>
        {
            [CorpusSplit.Train] = videos - dev - test,
            [CorpusSplit.Dev] = dev,
            [CorpusSplit.Test] = test,
        };
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Train}/{Dev}/{Test}");
}

using System.Globalization;
using Sign2Gpt.Datasets.Corpora;

namespace Sign2Gpt.Datasets.SynthSign.Signers;

/// <summary>How many different people sign each split; no one signs in two splits.</summary>
public sealed record SignerCounts(int Train, int Dev, int Test)
{
    public static SignerCounts Default { get; } = new(8, 2, 2);

    public int Total => Train + Dev + Test;

    /// <summary>Reads "40/4/4" (train/dev/test).</summary>
    /// <exception cref="FormatException">Not three whole numbers, or a split without signers.</exception>
    public static SignerCounts Parse(string text)
    {
        var parts = text.Split(['/', ',', ':'], StringSplitOptions.TrimEntries);
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var train)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var dev)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var test))
        {
            throw new FormatException($"'{text}' is not a signer count; write train/dev/test, e.g. 40/4/4.");
        }

        var counts = new SignerCounts(train, dev, test);
        counts.Validate();
        return counts;
    }

    /// <exception cref="FormatException">A split has no signers, or the cast is too large to name.</exception>
    public void Validate()
    {
        if (Train < 1 || Dev < 1 || Test < 1 || Total > 999)
        {
            throw new FormatException($"Signers {Train}/{Dev}/{Test} are invalid: every split needs at least one, and at most 999 in all.");
        }
    }

    public CorpusSplit SplitOf(int index) =>
        index < Train ? CorpusSplit.Train : index < Train + Dev ? CorpusSplit.Dev : CorpusSplit.Test;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Train}/{Dev}/{Test}");
}

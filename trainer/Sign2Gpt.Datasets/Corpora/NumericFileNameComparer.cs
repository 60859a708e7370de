namespace Sign2Gpt.Datasets.Corpora;

/// <summary>
/// Orders frame files by the number in their name (images9.png before images10.png), because
/// frame numbers are not always zero-padded to one width and ordinal order would shuffle time.
/// </summary>
internal sealed class NumericFileNameComparer : IComparer<string>
{
    public static readonly NumericFileNameComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var xName = Path.GetFileNameWithoutExtension(x);
        var yName = Path.GetFileNameWithoutExtension(y);
        var xNumber = LastDigitRun(xName);
        var yNumber = LastDigitRun(yName);
        if (xNumber.IsEmpty != yNumber.IsEmpty)
        {
            // Numbered frames first; a stray unnumbered image cannot be placed in time.
            return xNumber.IsEmpty ? 1 : -1;
        }

        var byNumber = CompareDigits(xNumber, yNumber);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }

    private static ReadOnlySpan<char> LastDigitRun(string name)
    {
        var end = name.Length;
        while (end > 0 && !char.IsAsciiDigit(name[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsAsciiDigit(name[start - 1]))
        {
            start--;
        }

        return name.AsSpan(start, end - start);
    }

    /// <summary>Compares digit strings as numbers of any size: without leading zeros, shorter is smaller.</summary>
    private static int CompareDigits(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        x = x.TrimStart('0');
        y = y.TrimStart('0');
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : x.SequenceCompareTo(y);
    }
}

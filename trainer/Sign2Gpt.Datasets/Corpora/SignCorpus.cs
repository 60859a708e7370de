namespace Sign2Gpt.Datasets.Corpora;

/// <summary>Opens a corpus directory as whichever supported layout it holds.</summary>
public static class SignCorpus
{
    /// <summary>
    /// Detects the layout from its marker file — PHOENIX-2014-T (and SynthSign output):
    /// <c>annotations/manual/PHOENIX-2014-T.train.corpus.csv</c>; CSL-Daily:
    /// <c>sentence_label/csl2020ct_v2.pkl</c>. Reads nothing else yet; see <see cref="ISignCorpus.Split"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="root"/> does not exist.</exception>
    /// <exception cref="CorpusFormatException">The directory holds neither layout, or both.</exception>
    public static ISignCorpus Open(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            throw new DirectoryNotFoundException($"Corpus directory not found: {fullRoot}");
        }

        var phoenixMarker = PhoenixCorpus.AnnotationPath(fullRoot, CorpusSplit.Train);
        var cslMarker = CslDailyCorpus.AnnotationPath(fullRoot);
        return (File.Exists(phoenixMarker), File.Exists(cslMarker)) switch
        {
            (true, false) => new PhoenixCorpus(fullRoot),
            (false, true) => new CslDailyCorpus(fullRoot),
            (true, true) => throw new CorpusFormatException(
                fullRoot, null, $"holds both a {PhoenixCorpus.LayoutName} and a {CslDailyCorpus.LayoutName} layout; point at one corpus"),
            _ => throw new CorpusFormatException(
                fullRoot,
                null,
                $"not a known corpus layout: expected {Path.GetRelativePath(fullRoot, phoenixMarker)} ({PhoenixCorpus.LayoutName} or SynthSign) "
                + $"or {Path.GetRelativePath(fullRoot, cslMarker)} ({CslDailyCorpus.LayoutName})"),
        };
    }
}

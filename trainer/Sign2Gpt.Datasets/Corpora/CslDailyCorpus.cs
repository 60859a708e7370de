namespace Sign2Gpt.Datasets.Corpora;

/// <summary>
/// CSL-Daily: annotations in <c>sentence_label/csl2020ct_v2.pkl</c>, splits in
/// <c>sentence_label/split_1.txt</c>, frames in <c>sentences/frames_512x512/&lt;name&gt;/*.jpg</c>.
/// </summary>
/// <remarks>
/// Samples come in the pickle's order. As in Sign2GPT's preprocessing, a video the split file does
/// not list belongs to no split, and a split-file line naming no video in the pickle is ignored.
/// The official frame archive unpacks to <c>sentence/frames_512x512</c> (singular); that folder is
/// used when <c>sentences/frames_512x512</c> does not exist.
/// </remarks>
internal sealed class CslDailyCorpus : ISignCorpus
{
    public const string LayoutName = "CSL-Daily";

    /// <summary>CSL-Daily was recorded at 30 fps.</summary>
    private const double FramesPerSecond = 30;

    private readonly Lazy<IReadOnlyList<CslDailyRecord>> records;
    private readonly Lazy<IReadOnlyDictionary<string, CorpusSplit>> splitOf;
    private readonly Lazy<IReadOnlyList<CorpusSample>>[] splits;

    public CslDailyCorpus(string root)
    {
        Root = root;
        records = new(() => CslDailyAnnotations.Read(AnnotationPath(root)));
        splitOf = new(() => CslDailySplitFile.Read(Path.Combine(root, "sentence_label", "split_1.txt")));
        splits = [.. Enum.GetValues<CorpusSplit>().Select(split => new Lazy<IReadOnlyList<CorpusSample>>(() => Load(split)))];
    }

    public string Name => LayoutName;

    public string Language => "zh";

    public string Root { get; }

    /// <summary>The annotation pickle, which is what identifies the layout.</summary>
    public static string AnnotationPath(string root) => Path.Combine(root, "sentence_label", "csl2020ct_v2.pkl");

    public IReadOnlyList<CorpusSample> Split(CorpusSplit split) => splits[(int)split].Value;

    private CorpusSample[] Load(CorpusSplit split)
    {
        var framesRoot = FramesRoot();
        var samples = new List<CorpusSample>();
        foreach (var record in records.Value)
        {
            if (splitOf.Value.TryGetValue(record.Name, out var recordSplit) && recordSplit == split)
            {
                var frames = FrameFiles.List(Path.Combine(framesRoot, record.Name), "*.jpg", record.Name);
                samples.Add(new CorpusSample(record.Name, split, record.Translation, record.Glosses, record.Signer, frames, FramesPerSecond));
            }
        }

        return [.. samples];
    }

    private string FramesRoot()
    {
        var documented = Path.Combine(Root, "sentences", "frames_512x512");
        var asUnpacked = Path.Combine(Root, "sentence", "frames_512x512");
        return !Directory.Exists(documented) && Directory.Exists(asUnpacked) ? asUnpacked : documented;
    }
}

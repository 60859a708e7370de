namespace Sign2Gpt.Datasets.Corpora;

/// <summary>
/// RWTH-PHOENIX-Weather 2014 T, and SynthSign output, which is written in the same layout:
/// <c>annotations/manual/PHOENIX-2014-T.{train,dev,test}.corpus.csv</c> and frames under
/// <c>features/fullFrame-210x260px/&lt;split&gt;/&lt;name&gt;/*.png</c>.
/// </summary>
/// <remarks>
/// Rows are <c>name|video|start|end|speaker|orth|translation</c>, unquoted. The <c>video</c>
/// column (<c>&lt;name&gt;/1/*.png</c>) is a leftover of PHOENIX-2014 and does not match the
/// folder layout, so frames are found from the split and the name; <c>start</c>/<c>end</c> are
/// always -1 and unused. Translation, speaker and glosses are trimmed.
/// </remarks>
internal sealed class PhoenixCorpus : ISignCorpus
{
    public const string LayoutName = "PHOENIX-2014-T";
    public const string Header = "name|video|start|end|speaker|orth|translation";
    private const int FieldCount = 7;
    private const double FramesPerSecond = 25;
    private readonly Lazy<IReadOnlyList<CorpusSample>>[] splits;

    public PhoenixCorpus(string root)
    {
        Root = root;
        (Name, Language) = Identify(root);
        splits = [.. Enum.GetValues<CorpusSplit>().Select(split => new Lazy<IReadOnlyList<CorpusSample>>(() => Load(split)))];
    }

    public string Name { get; }

    /// <summary>German for PHOENIX-2014-T; a SynthSign corpus says its spoken language in synthsign.json, an imported tenant dataset in its manifest.</summary>
    public string Language { get; }

    public string Root { get; }

    /// <summary>The annotation file of a split; the train one is what identifies the layout.</summary>
    public static string AnnotationPath(string root, CorpusSplit split) =>
        Path.Combine(root, "annotations", "manual", $"PHOENIX-2014-T.{split.ToFolderName()}.corpus.csv");

    public IReadOnlyList<CorpusSample> Split(CorpusSplit split) => splits[(int)split].Value;

    private static (string Name, string Language) Identify(string root) =>
        SynthSign.SynthSignLanguage.OfCorpus(root) is { } synthetic ? ($"SynthSign {synthetic.Id}", synthetic.SpokenLanguage)
        : Imports.DatasetManifest.Read(root) is { } imported ? ($"{LayoutName} (imported {imported.SourceLayout})", imported.Language)
        : (LayoutName, "de");

    private CorpusSample[] Load(CorpusSplit split)
    {
        var path = AnnotationPath(Root, split);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"PHOENIX-2014-T {split.ToFolderName()} annotations not found: {path}", path);
        }

        var framesRoot = Path.Combine(Root, "features", "fullFrame-210x260px", split.ToFolderName());
        var samples = new List<CorpusSample>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (lineNumber, fields) in PipeSeparatedRows.Read(path, Header, FieldCount))
        {
            var name = fields[0];
            if (!SampleNames.IsValid(name))
            {
                throw new CorpusFormatException(path, lineNumber, $"'{name}' is not a usable sample name (empty, padded, or a path)");
            }

            if (!firstLineOf.TryAdd(name, lineNumber))
            {
                throw new CorpusFormatException(path, lineNumber, $"sample '{name}' already appears on line {firstLineOf[name]}");
            }

            var translation = fields[6].Trim();
            if (translation.Length == 0)
            {
                throw new CorpusFormatException(path, lineNumber, $"sample '{name}' has an empty translation");
            }

            var frames = FrameFiles.List(Path.Combine(framesRoot, name), "*.png", name);
            samples.Add(new CorpusSample(name, split, translation, NullIfEmpty(fields[5]), NullIfEmpty(fields[4]), frames, FramesPerSecond));
        }


        return [.. samples];
    }

    private static string? NullIfEmpty(string field)
    {
        var trimmed = field.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}

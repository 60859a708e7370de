namespace Sign2Gpt.Datasets.Corpora;

/// <summary>A sign-language translation corpus on disk, whatever its layout. Open one with <see cref="SignCorpus.Open"/>.</summary>
public interface ISignCorpus
{
    /// <summary>The layout's name, e.g. "PHOENIX-2014-T" (SynthSign output has that layout too) or "CSL-Daily".</summary>
    string Name { get; }

    /// <summary>Language of the translations (ISO 639-1: "de", "zh"); decides pseudo-glossing and character metrics.</summary>
    string Language { get; }

    /// <summary>Absolute path of the corpus directory.</summary>
    string Root { get; }

    /// <summary>
    /// The samples of one split, in the corpus's own order. The first call reads that split's
    /// annotations and lists every sample's frames, so a missing or empty frame folder fails here,
    /// before any training starts; later calls return the same list.
    /// </summary>
    /// <exception cref="FileNotFoundException">An annotation file the split needs is missing.</exception>
    /// <exception cref="DirectoryNotFoundException">A sample's frame folder is missing.</exception>
    /// <exception cref="CorpusFormatException">An annotation file is malformed, or a frame folder holds no frames.</exception>
    IReadOnlyList<CorpusSample> Split(CorpusSplit split);
}

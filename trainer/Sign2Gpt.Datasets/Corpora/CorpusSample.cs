namespace Sign2Gpt.Datasets.Corpora;

/// <summary>One signed sentence of a corpus: its video as frame files and what was signed.</summary>
/// <param name="Name">The corpus's own id for the video (also its frame folder's name).</param>
/// <param name="Translation">The spoken-language sentence: the training target and the metric reference.</param>
/// <param name="Glosses">Manual glosses, space-separated, where the corpus has them. Sign2GPT trains without them.</param>
/// <param name="Signer">Who signed, in the corpus's own notation, where known.</param>
/// <param name="FramePaths">Every frame image, absolute paths, in playback (numeric) order; never empty.</param>
/// <param name="Fps">Frame rate the frames were extracted at.</param>
public sealed record CorpusSample(
    string Name,
    CorpusSplit Split,
    string Translation,
    string? Glosses,
    string? Signer,
    IReadOnlyList<string> FramePaths,
    double Fps);

namespace Sign2Gpt.Text.WordVectors;

/// <summary>
/// How Debian's fastText trains the prototype word vectors. Defaults suit corpora of a few thousand sentences:
/// skip-gram, 300 dimensions as in Sign2GPT, every word kept (minCount 1), more epochs than fastText's 5
/// because the corpus is small, and 200k subword buckets instead of 2M so the model stays ~250 MB, not 2.4 GB.
/// One thread and a fixed seed make runs repeatable (fastText is only deterministic single-threaded).
/// </summary>
public sealed record FastTextOptions
{
    public string Executable { get; init; } = "fasttext";
    public int Dimension { get; init; } = 300;
    public int Epochs { get; init; } = 25;
    public int MinCount { get; init; } = 1;
    public int WindowSize { get; init; } = 5;
    public int Buckets { get; init; } = 200_000;
    public int Threads { get; init; } = 1;
    public int Seed { get; init; }
}

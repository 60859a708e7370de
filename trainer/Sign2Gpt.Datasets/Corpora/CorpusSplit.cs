namespace Sign2Gpt.Datasets.Corpora;

/// <summary>The fixed partitions every SLT corpus ships with; results are reported on Test.</summary>
public enum CorpusSplit
{
    Train,
    Dev,
    Test,
}

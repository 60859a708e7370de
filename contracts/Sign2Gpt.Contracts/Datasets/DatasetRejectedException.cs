namespace Sign2Gpt.Contracts.Datasets;

/// <summary>An upload the catalog will not take: over a quota, or a dataset it does not know.</summary>
[GenerateSerializer, Alias("Sign2Gpt.DatasetRejectedException")]
public sealed class DatasetRejectedException : Exception
{
    public DatasetRejectedException(string message)
        : base(message)
    {
    }

    public DatasetRejectedException()
    {
    }

    public DatasetRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

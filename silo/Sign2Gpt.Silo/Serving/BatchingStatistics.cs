namespace Sign2Gpt.Silo.Serving;

/// <summary>What a <see cref="DynamicBatcher{TRequest, TResult}"/> has run so far.</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.BatchingStatistics")]
public sealed record BatchingStatistics(
    [property: Id(0)] long Batches,
    [property: Id(1)] long Requests,
    [property: Id(2)] long Items,
    [property: Id(3)] int LargestBatch);

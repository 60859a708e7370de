namespace Sign2Gpt.Contracts.Training;

[GenerateSerializer, Alias("Sign2Gpt.TrainingJobRejectedException")]
public sealed class TrainingJobRejectedException : Exception
{
    public TrainingJobRejectedException(string message)
        : base(message)
    {
    }

    public TrainingJobRejectedException()
    {
    }

    public TrainingJobRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

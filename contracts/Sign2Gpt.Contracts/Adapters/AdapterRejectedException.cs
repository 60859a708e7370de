namespace Sign2Gpt.Contracts.Adapters;

/// <summary>An adapter or rollout change that was refused; nothing changed, and the live adapter keeps serving.</summary>
[GenerateSerializer, Alias("Sign2Gpt.AdapterRejectedException")]
public sealed class AdapterRejectedException : Exception
{
    public AdapterRejectedException(string message)
        : base(message)
    {
    }

    public AdapterRejectedException()
        : this("The adapter was rejected.")
    {
    }

    public AdapterRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

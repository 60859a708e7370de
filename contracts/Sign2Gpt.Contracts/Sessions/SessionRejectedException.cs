namespace Sign2Gpt.Contracts.Sessions;

/// <summary>A request a session refuses: the caller's mistake, with a stable code the edge maps to a status.</summary>
[GenerateSerializer, Alias("Sign2Gpt.SessionRejectedException")]
public sealed class SessionRejectedException : Exception
{
    public SessionRejectedException(string code, string message)
        : base(message) => Code = code;

    public SessionRejectedException()
        : this("rejected", "The request was rejected.")
    {
    }

    public SessionRejectedException(string message)
        : this("rejected", message)
    {
    }

    public SessionRejectedException(string message, Exception innerException)
        : base(message, innerException) => Code = "rejected";

    [Id(0)]
    public string Code { get; private set; }
}

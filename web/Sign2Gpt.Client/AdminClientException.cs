using System.Net;

namespace Sign2Gpt.Client;

/// <summary>
/// Why an admin request did not go through: the server's refusal (a rejected adapter, a wrong operator key) or a
/// server that could not be reached. <see cref="Code"/> is the server's machine-readable code, or one of this class's own.
/// </summary>
public sealed class AdminClientException : ApiClientException
{
    /// <summary>The server refused an adapter or a rollout change; nothing changed and the live version keeps serving.</summary>
    public const string AdapterRejected = "adapter_rejected";

    /// <summary>The operator key is missing or wrong.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>No answer came back: the server is down, or the address is wrong.</summary>
    public const string ServerUnreachable = "server_unreachable";

    public AdminClientException()
        : this(UnexpectedResponse, "The admin API refused the request.")
    {
    }

    public AdminClientException(string message)
        : this(UnexpectedResponse, message)
    {
    }

    public AdminClientException(string message, Exception innerException)
        : this(UnexpectedResponse, message, null, innerException)
    {
    }

    public AdminClientException(string code, string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(code, message, statusCode, innerException)
    {
    }
}

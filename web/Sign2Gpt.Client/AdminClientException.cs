using System.Net;

namespace Sign2Gpt.Client;

/// <summary>
/// Why an admin request did not go through: the server's refusal (a rejected adapter, a wrong operator key) or a
/// server that could not be reached. <see cref="Code"/> is the server's machine-readable code, or one of this class's own.
/// </summary>
public sealed class AdminClientException : Exception
{
    /// <summary>The server refused an adapter or a rollout change; nothing changed and the live version keeps serving.</summary>
    public const string AdapterRejected = "adapter_rejected";

    /// <summary>The operator key is missing or wrong.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>No answer came back: the server is down, or the address is wrong.</summary>
    public const string ServerUnreachable = "server_unreachable";

    /// <summary>The server answered something this client does not understand.</summary>
    public const string UnexpectedResponse = "unexpected_response";

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
        // The code goes into the message too, so that a one-line error names both what and why.
        : base($"{message} ({code})", innerException)
    {
        Code = code;
        ServerMessage = message;
        StatusCode = statusCode;
    }

    /// <summary>Machine-readable reason, e.g. "adapter_rejected", "unauthorized", "server_unreachable".</summary>
    public string Code { get; }

    /// <summary>The message as the server (or this client) wrote it, without the code: for a rejected adapter, every problem found.</summary>
    public string ServerMessage { get; }

    /// <summary>The HTTP status of the refusal; null when no answer came back.</summary>
    public HttpStatusCode? StatusCode { get; }
}

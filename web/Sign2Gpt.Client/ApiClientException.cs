using System.Net;

namespace Sign2Gpt.Client;

/// <summary>
/// A request to the platform that did not go through: the server's refusal, with its machine-readable
/// <see cref="Code"/>, or one of the client's own codes when no usable answer came back.
/// </summary>
public abstract class ApiClientException : Exception
{
    /// <summary>The server answered something this client does not understand.</summary>
    public const string UnexpectedResponse = "unexpected_response";

    protected ApiClientException(string code, string message, HttpStatusCode? statusCode, Exception? innerException)
        // The code goes into the message too, so that a one-line error names both what and why.
        : base($"{message} ({code})", innerException)
    {
        Code = code;
        ServerMessage = message;
        StatusCode = statusCode;
    }

    /// <summary>Machine-readable reason, e.g. "language_not_enabled", "adapter_rejected", "connection_lost".</summary>
    public string Code { get; }

    /// <summary>The message as the server (or this client) wrote it, without the code.</summary>
    public string ServerMessage { get; }

    /// <summary>The HTTP status of the refusal; null when no response said so (failed session, lost connection).</summary>
    public HttpStatusCode? StatusCode { get; }
}

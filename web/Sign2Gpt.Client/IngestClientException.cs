using System.Net;

namespace Sign2Gpt.Client;

/// <summary>
/// Why a stream ended without a translation: the server's refusal, a failed session or a connection that stayed
/// down. <see cref="Code"/> is the server's machine-readable code, or one of this class's own.
/// </summary>
public sealed class IngestClientException : Exception
{
    /// <summary>The connection stayed down for longer than <see cref="IngestClientOptions.RetryBudget"/>.</summary>
    public const string ConnectionLost = "connection_lost";

    /// <summary>The video produced no bytes, so there is nothing to end a session after.</summary>
    public const string EmptyInput = "empty_input";

    /// <summary>The server answered something this client does not understand.</summary>
    public const string UnexpectedResponse = "unexpected_response";

    public IngestClientException()
        : this(UnexpectedResponse, "The ingest API refused the request.")
    {
    }

    public IngestClientException(string message)
        : this(UnexpectedResponse, message)
    {
    }

    public IngestClientException(string message, Exception innerException)
        : this(UnexpectedResponse, message, null, innerException)
    {
    }

    public IngestClientException(string code, string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        // The code goes into the message too, so that a one-line error names both what and why.
        : base($"{message} ({code})", innerException)
    {
        Code = code;
        ServerMessage = message;
        StatusCode = statusCode;
    }

    /// <summary>Machine-readable reason, e.g. "language_not_enabled", "gap_timeout", "connection_lost".</summary>
    public string Code { get; }

    /// <summary>The message as the server (or this client) wrote it, without the code.</summary>
    public string ServerMessage { get; }

    /// <summary>The HTTP status of the refusal; null when no response said so (failed session, lost connection).</summary>
    public HttpStatusCode? StatusCode { get; }
}

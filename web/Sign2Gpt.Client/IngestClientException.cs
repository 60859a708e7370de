using System.Net;

namespace Sign2Gpt.Client;

/// <summary>
/// Why a stream ended without a translation: the server's refusal, a failed session or a connection that stayed
/// down. <see cref="Code"/> is the server's machine-readable code, or one of this class's own.
/// </summary>
public sealed class IngestClientException : ApiClientException
{
    /// <summary>The connection stayed down for longer than <see cref="IngestClientOptions.RetryBudget"/>.</summary>
    public const string ConnectionLost = "connection_lost";

    /// <summary>The video produced no bytes, so there is nothing to end a session after.</summary>
    public const string EmptyInput = "empty_input";

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
        : base(code, message, statusCode, innerException)
    {
    }
}

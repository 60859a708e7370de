namespace Sign2Gpt.Cli.Client;

/// <summary>How <c>client stream</c> reaches the ingest API.</summary>
internal enum ClientTransport
{
    /// <summary>One request per chunk and server-sent events: passes any proxy, the default.</summary>
    Http,

    /// <summary>One bidirectional gRPC stream (plaintext HTTP/2 on its own port), as mobile apps use it.</summary>
    Grpc,
}

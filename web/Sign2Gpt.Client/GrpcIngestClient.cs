using Grpc.Core;
using Grpc.Net.Client;
using Wire = Sign2Gpt.Ingest.V1;

namespace Sign2Gpt.Client;

/// <summary>
/// Streams a video to the gRPC ingest endpoint: one bidirectional call carries the chunks one way, as they are
/// recorded and without waiting on each answer, and the acknowledgements and hypotheses the other. After a dropped
/// call it opens another with the session's id and re-sends from the server's next_expected, so that nothing
/// acknowledged goes twice and nothing unacknowledged is skipped.
/// </summary>
/// <param name="channel">A channel to the gRPC endpoint (see <see cref="CreateChannel"/>); it stays the caller's to dispose.</param>
public sealed class GrpcIngestClient(GrpcChannel channel, string apiKey, IngestClientOptions? options = null, TimeProvider? time = null)
{
    private readonly Wire.Ingest.IngestClient _client = new(channel);
    private readonly Metadata _headers = new() { { "authorization", $"Bearer {apiKey}" } };
    private readonly IngestClientOptions _options = options ?? new IngestClientOptions();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>A channel to the endpoint at <paramref name="server"/> (plaintext HTTP/2 for http://).</summary>
    /// <param name="handler">A handler of the caller's (a proxy, a test's fault injector); disposed with the channel.</param>
    public static GrpcChannel CreateChannel(Uri server, HttpMessageHandler? handler = null) =>
        GrpcChannel.ForAddress(server, new GrpcChannelOptions
        {
            // Pings notice a connection that died without a reset, which a call waiting on the final translation
            // would otherwise wait on forever; the call then fails and is resumed.
            HttpHandler = handler ?? new SocketsHttpHandler
            {
                KeepAlivePingDelay = TimeSpan.FromSeconds(10),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            },
            DisposeHttpClient = true,
        });

    /// <summary>
    /// Opens a session, streams <paramref name="chunks"/> as they come, ends it after the last one and waits for its
    /// final translation, reporting acknowledgements, resumes and partial hypotheses on the way.
    /// </summary>
    /// <param name="progress">Called in order, from the receiving side of the stream.</param>
    /// <exception cref="IngestClientException">The server refused the stream or a chunk, the session failed, or the
    /// connection stayed down longer than <see cref="IngestClientOptions.RetryBudget"/>.</exception>
    public async Task<StreamedSession> StreamAsync(
        IAsyncEnumerable<byte[]> chunks,
        StreamOptions options,
        IProgress<ClientEvent>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(options);
        await using var pending = new PendingChunks(chunks, cancellationToken);
        var stream = new SessionStream(options, pending, new HypothesisReporter(progress), progress, new RetryBackoff(_options, _time));
        while (true)
        {
            Exception failure;
            try
            {
                if (await CallAsync(stream, cancellationToken) is { } final)
                {
                    return new StreamedSession(stream.SessionId!.Value, final);
                }

                failure = new IngestClientException(GrpcWire.RateLimited, "The server is rate limiting this key.");
            }
            catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
            {
                failure = exception;
            }
            catch (RpcException limited) when (limited.Trailers.GetValue(GrpcWire.CodeTrailer) == GrpcWire.RateLimited)
            {
                // The call itself was over the key's rate: refused unseen, like a rate-limited chunk.
                failure = limited;
            }
            catch (RpcException refusal)
            {
                throw Refused(refusal);
            }

            await stream.Backoff.WaitAsync(failure, retryAfter: null, cancellationToken);
        }
    }

    /// <summary>One call: the final translation, or null when a chunk was rate limited and the call should be reopened later.</summary>
    private async Task<IngestTranslation?> CallAsync(SessionStream stream, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Disposing the call cancels it on the server too, whichever way this attempt ends.
        using var call = _client.Stream(new CallOptions(_headers, cancellationToken: stop.Token));
        // A call refused at once (no valid key) may be over before the start is written: its status, with the
        // server's code, is read from the answers either way.
        await TryWriteAsync(call.RequestStream, GrpcWire.Start(stream.Options, stream.SessionId), cancellationToken);
        if (!await call.ResponseStream.MoveNext(cancellationToken) || call.ResponseStream.Current.Opened is not { } opened)
        {
            throw new IngestClientException(IngestClientException.UnexpectedResponse, "The server did not open the session.");
        }

        stream.Open(opened);
        var sending = SendAsync(call.RequestStream, stream.Pending, opened.NextExpected, stop.Token);
        var receiving = ReceiveAsync(call.ResponseStream, stream, cancellationToken);
        try
        {
            // The sender only fails for the source's reasons (ffmpeg): a broken call is the receiver's to report.
            if (await Task.WhenAny(sending, receiving) == sending)
            {
                await sending;
            }

            return await receiving;
        }
        finally
        {
            // Cancelling the call ends both sides; neither outcome is news once this attempt has its own.
            await stop.CancelAsync();
            await Task.WhenAll(sending, receiving).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Every chunk from <paramref name="from"/> on as it is recorded, then the end; stops quietly when the call breaks.</summary>
    private static async Task SendAsync(
        IClientStreamWriter<Wire.ClientMessage> requests, PendingChunks pending, long from, CancellationToken cancellationToken)
    {
        for (var sequence = from; await pending.GetAsync(sequence, cancellationToken) is { } chunk; sequence++)
        {
            if (!await TryWriteAsync(requests, GrpcWire.Chunk(chunk), cancellationToken))
            {
                return;
            }
        }

        if (await TryWriteAsync(requests, GrpcWire.End(pending.LastSequence), cancellationToken))
        {
            await requests.CompleteAsync();
        }
    }

    private static async Task<bool> TryWriteAsync(
        IClientStreamWriter<Wire.ClientMessage> requests, Wire.ClientMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await requests.WriteAsync(message, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is RpcException or IOException or InvalidOperationException
            && !cancellationToken.IsCancellationRequested)
        {
            // The call is over (dropped, or ended by the server); the receiver learns why from its status.
            return false;
        }
    }

    private static async Task<IngestTranslation?> ReceiveAsync(
        IAsyncStreamReader<Wire.ServerMessage> responses, SessionStream stream, CancellationToken cancellationToken)
    {
        while (await responses.MoveNext(cancellationToken))
        {
            var message = responses.Current;
            switch (message.KindCase)
            {
                case Wire.ServerMessage.KindOneofCase.Ack:
                    var ack = message.Ack;
                    stream.Pending.Acknowledge(ack.NextExpected);
                    stream.Progress?.Report(new ChunkAcknowledged(ack.Sequence, GrpcWire.Status(ack.Status), ack.NextExpected, ack.Held));
                    break;
                case Wire.ServerMessage.KindOneofCase.Partial:
                    stream.Hypotheses.Partial(GrpcWire.Translation(message.Partial, isFinal: false));
                    break;
                case Wire.ServerMessage.KindOneofCase.Final:
                    var final = GrpcWire.Translation(message.Final, isFinal: true);
                    stream.Hypotheses.Final(final);
                    return final;
                case Wire.ServerMessage.KindOneofCase.Error when message.Error.Code == GrpcWire.RateLimited:
                    // Refused unseen: chunks sent after it are held by the server, and the refused one goes again
                    // from next_expected once the call is reopened after a wait.
                    return null;
                case Wire.ServerMessage.KindOneofCase.Error:
                    throw new IngestClientException(message.Error.Code, message.Error.Message);
            }
        }

        throw new IngestClientException(IngestClientException.UnexpectedResponse, "The server ended the stream without a final translation.");
    }

    /// <summary>
    /// Failures of the way to the server rather than of the request: a dropped or reset call, a cancellation the
    /// caller did not ask for. Calls the server ends on purpose carry the API's code in a trailer.
    /// </summary>
    private static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && exception switch
        {
            RpcException rpc => rpc.Trailers.GetValue(GrpcWire.CodeTrailer) is null
                && rpc.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.Unknown
                    or StatusCode.Cancelled or StatusCode.DeadlineExceeded,
            HttpRequestException or IOException or OperationCanceledException => true,
            _ => false,
        };

    /// <summary>The server's code from the call's trailer; a status without one (a proxy, the key check) still names the reason.</summary>
    private static IngestClientException Refused(RpcException refusal) => new(
        refusal.Trailers.GetValue(GrpcWire.CodeTrailer) ?? refusal.StatusCode switch
        {
            StatusCode.Unauthenticated => "unauthorized",
            StatusCode.NotFound => "session_not_found",
            var status => "grpc_" + status.ToString().ToLowerInvariant(),
        },
        refusal.Status.Detail,
        innerException: refusal);

    /// <summary>What outlives one call of a session's stream.</summary>
    private sealed class SessionStream(
        StreamOptions options, PendingChunks pending, HypothesisReporter hypotheses, IProgress<ClientEvent>? progress, RetryBackoff backoff)
    {
        public StreamOptions Options { get; } = options;

        public PendingChunks Pending { get; } = pending;

        public HypothesisReporter Hypotheses { get; } = hypotheses;

        public IProgress<ClientEvent>? Progress { get; } = progress;

        public RetryBackoff Backoff { get; } = backoff;

        /// <summary>Set by the first call's answer; later calls resume it.</summary>
        public Guid? SessionId { get; private set; }

        /// <summary>Takes the server's word on where the session stands, and reports the opening or the resume.</summary>
        public void Open(Wire.Opened opened)
        {
            if (!Guid.TryParse(opened.SessionId, out var sessionId) || (SessionId is { } known && known != sessionId))
            {
                throw new IngestClientException(IngestClientException.UnexpectedResponse, $"The server opened an unexpected session '{opened.SessionId}'.");
            }

            Pending.Acknowledge(opened.NextExpected);
            if (SessionId is null)
            {
                SessionId = sessionId;
                Progress?.Report(new SessionOpened(sessionId, null));
            }
            else
            {
                Progress?.Report(new ConnectionResumed(opened.NextExpected, Pending.Resent(opened.NextExpected), Backoff.Failures));
            }

            Backoff.Reset();
        }
    }
}

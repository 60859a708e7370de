using System.Globalization;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Web.Ingest;
using Wire = Sign2Gpt.Ingest.V1;

namespace Sign2Gpt.Web.Streaming;

/// <summary>
/// The gRPC ingest stream: one call carries a session's start, chunks and end one way, and its acknowledgements,
/// partial and final hypotheses the other. The same session rules as the HTTP API apply, through the same
/// <see cref="SessionGateway"/>; a dropped call loses nothing acknowledged, and a new call resumes the session.
/// </summary>
internal sealed class IngestStreamService(
    SessionGateway gateway,
    SessionOwnership ownership,
    ApiKeyRateLimiter rateLimiter,
    IOptions<IngestOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<IngestStreamService> logger)
    : Wire.Ingest.IngestBase
{
    public override async Task Stream(
        IAsyncStreamReader<Wire.ClientMessage> requestStream,
        IServerStreamWriter<Wire.ServerMessage> responseStream,
        ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        // The endpoint requires the API key policy, so every call that gets here has a verified caller.
        var caller = ApiCaller.FromPrincipal(context.GetHttpContext().User)
            ?? throw StreamErrors.Fault(ApiError.Unauthorized, "An API key is required: 'authorization: Bearer <key>'.");
        if (!await requestStream.MoveNext(cancellationToken))
        {
            return;
        }

        if (requestStream.Current.KindCase != Wire.ClientMessage.KindOneofCase.Start)
        {
            throw StreamErrors.Fault(RejectionCode.InvalidRequest, "The first message must be a start.");
        }

        var session = await OpenAsync(requestStream.Current.Start, caller, cancellationToken);
        using var responses = new ResponseGate(responseStream);
        await responses.WriteAsync(WireMapping.Opened(session), cancellationToken);

        // A stopping server would otherwise hold its streams open until its shutdown timeout: ending them at once
        // sends their clients to resume on another instance (or this one, restarted) without delay.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var watching = WatchAsync(session, responses, stop.Token);
        var reading = ReadAsync(requestStream, session.SessionId, caller, responses, stop.Token);
        try
        {
            if (await Task.WhenAny(watching, reading) == reading && !await reading)
            {
                // Half-closed without an end: the client leaves the session open, to resume it on another call.
                StreamingLog.Detached(logger, session.SessionId);
                return;
            }

            // Ended (or finished while the client still had the stream open): the call lasts until the final.
            await watching;
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            StreamingLog.ShuttingDown(logger, session.SessionId);
            // Unavailable and no error code: to a client, a dropped connection to resume from, not a refusal.
            throw new RpcException(new Status(StatusCode.Unavailable, "The server is shutting down; resume the session."));
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(watching, reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>A new session, or the caller's own one to resume; anything the session refuses ends the call.</summary>
    private async Task<SessionSnapshot> OpenAsync(Wire.Start start, ApiCaller caller, CancellationToken cancellationToken)
    {
        try
        {
            if (start.HasSessionId)
            {
                // A malformed id, a missing session and another tenant's answer alike, so that ids leak nothing.
                if (!Guid.TryParse(start.SessionId, out var sessionId)
                    || await ownership.FindAsync(sessionId, caller, cancellationToken) is not { } resumed)
                {
                    throw StreamErrors.NotFound(start.SessionId);
                }

                StreamingLog.Resumed(logger, sessionId, caller.TenantId, resumed.NextExpected);
                return resumed;
            }

            var request = WireMapping.ToRequest(start);
            if (request.Problem() is { } problem)
            {
                throw StreamErrors.Fault(RejectionCode.InvalidRequest, problem);
            }

            // Time-ordered ids, as the HTTP API makes them.
            var session = await gateway.StartAsync(Guid.CreateVersion7(), request.ToStart(caller), cancellationToken);
            ownership.Remember(session);
            IngestLog.SessionStarted(logger, session.SessionId, caller.TenantId, session.Language, request.Format!.Value, request.Fps!.Value);
            return session;
        }
        catch (SessionRejectedException rejection) when (rejection.Code == RejectionCode.NotStarted)
        {
            throw StreamErrors.NotFound(start.SessionId);
        }
        catch (SessionRejectedException rejection)
        {
            StreamingLog.Refused(logger, caller.TenantId, rejection.Code, rejection.Message);
            throw StreamErrors.Fault(rejection.Code, rejection.Message);
        }
    }

    /// <summary>Answers each chunk and the end in order, until the client half-closes.</summary>
    /// <returns>Whether the client ended the session.</returns>
    private async Task<bool> ReadAsync(
        IAsyncStreamReader<Wire.ClientMessage> requests,
        Guid sessionId,
        ApiCaller caller,
        ResponseGate responses,
        CancellationToken cancellationToken)
    {
        var ended = false;
        while (await requests.MoveNext(cancellationToken))
        {
            var message = requests.Current;
            var answer = message.KindCase switch
            {
                Wire.ClientMessage.KindOneofCase.Chunk => await AppendAsync(sessionId, caller, message.Chunk, cancellationToken),
                Wire.ClientMessage.KindOneofCase.End => await EndAsync(sessionId, caller, message.End, cancellationToken),
                _ => StreamErrors.Refusal(RejectionCode.InvalidRequest, "Only the first message may be a start.", null),
            };
            if (answer is null)
            {
                ended = true;
                continue;
            }

            await responses.WriteAsync(answer, cancellationToken);
        }

        return ended;
    }

    /// <summary>The chunk's acknowledgement, or the refusal of it.</summary>
    private async Task<Wire.ServerMessage> AppendAsync(Guid sessionId, ApiCaller caller, Wire.Chunk chunk, CancellationToken cancellationToken)
    {
        var sequence = chunk.Sequence;
        var maxBytes = options.Value.MaxChunkBytes;
        var problem = chunk.Data.Length > maxBytes
            ? new Problem(RejectionCode.ChunkTooLarge, $"A chunk may hold at most {maxBytes} bytes.")
            : chunk.Data.IsEmpty
                ? new Problem(RejectionCode.InvalidRequest, "The chunk is empty.")
                : RateLimited(caller);
        if (problem is { } refused)
        {
            StreamingLog.ChunkRefused(logger, sessionId, sequence, refused.Code, refused.Reason);
            return StreamErrors.Refusal(refused.Code, refused.Reason, sequence);
        }

        try
        {
            var receipt = await gateway.AppendAsync(sessionId, WireMapping.ToChunk(chunk), cancellationToken);
            IngestLog.ChunkReceived(logger, sessionId, sequence, chunk.Data.Length, receipt.Status, receipt.NextExpected);
            return WireMapping.Ack(receipt);
        }
        catch (SessionRejectedException rejection)
        {
            StreamingLog.ChunkRefused(logger, sessionId, sequence, rejection.Code, rejection.Message);
            return StreamErrors.Refusal(rejection.Code, rejection.Message, sequence);
        }
    }

    /// <summary>Null once the session took the end (the final translation answers it), else the refusal.</summary>
    private async Task<Wire.ServerMessage?> EndAsync(Guid sessionId, ApiCaller caller, Wire.End end, CancellationToken cancellationToken)
    {
        if (RateLimited(caller) is { } refused)
        {
            StreamingLog.EndRefused(logger, sessionId, refused.Code, refused.Reason);
            return StreamErrors.Refusal(refused.Code, refused.Reason, null);
        }

        try
        {
            var snapshot = await gateway.EndAsync(sessionId, end.LastSequence, cancellationToken);
            IngestLog.SessionEnded(logger, sessionId, end.LastSequence, snapshot.Status);
            return null;
        }
        catch (SessionRejectedException rejection)
        {
            StreamingLog.EndRefused(logger, sessionId, rejection.Code, rejection.Message);
            return StreamErrors.Refusal(rejection.Code, rejection.Message, null);
        }
    }

    /// <summary>
    /// Every chunk and end spends a request of the key's budget, shared with the HTTP API, so a stream is limited
    /// exactly like the uploads it replaces.
    /// </summary>
    private Problem? RateLimited(ApiCaller caller)
    {
        using var lease = rateLimiter.Acquire(caller);
        if (lease.IsAcquired)
        {
            return null;
        }

        var seconds = Math.Ceiling(ApiKeyRateLimiter.RetryAfter(lease).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return new Problem(ApiError.RateLimited, $"Too many requests for this API key; send again in {seconds} s.");
    }

    /// <summary>Partial hypotheses as they change, then the final translation; a failed session ends the call.</summary>
    private async Task WatchAsync(SessionSnapshot first, ResponseGate responses, CancellationToken cancellationToken)
    {
        string? lastPartial = null;
        await foreach (var snapshot in gateway.WatchAsync(first.SessionId, first, cancellationToken))
        {
            switch (snapshot.Status)
            {
                case SessionStatus.Completed:
                    var final = snapshot.Final
                        ?? throw new InvalidOperationException($"Session {snapshot.SessionId} completed without a final translation.");
                    await responses.WriteAsync(WireMapping.Final(final), cancellationToken);
                    StreamingLog.Completed(logger, snapshot.SessionId);
                    return;
                case SessionStatus.Failed:
                    throw StreamErrors.Failed(snapshot.Error);
            }

            if (snapshot.Partial is { } partial && partial.Text != lastPartial)
            {
                lastPartial = partial.Text;
                await responses.WriteAsync(WireMapping.Partial(partial), cancellationToken);
            }
        }
    }

    private readonly record struct Problem(string Code, string Reason);
}

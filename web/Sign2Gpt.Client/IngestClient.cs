using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Sign2Gpt.Client;

/// <summary>
/// Uploads a video to the ingest API the way a phone on a mobile network should: one chunk at a time in sequence
/// order, every chunk kept until the server acknowledged it, and after a dropped connection a resume from where the
/// server says it stands rather than from where the client believes it stopped (the request may have arrived even
/// though its answer did not).
/// </summary>
/// <param name="http">An HttpClient whose BaseAddress is the server and which sends the API key (see
/// <see cref="CreateHttpClient"/>); it stays the caller's to dispose.</param>
public sealed class IngestClient(HttpClient http, IngestClientOptions? options = null, TimeProvider? time = null)
{
    /// <summary>The event name of the server's session snapshots.</summary>
    public const string SnapshotEvent = "snapshot";

    private const string SessionsPath = "v1/sessions";

    private readonly IngestClientOptions _options = options ?? new IngestClientOptions();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>An HttpClient for <paramref name="server"/> that authenticates with <paramref name="apiKey"/>.</summary>
    /// <param name="handler">A handler of the caller's (a proxy, a test's fault injector); disposed with the client.</param>
    public static HttpClient CreateHttpClient(Uri server, string apiKey, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        client.BaseAddress = server;
        // Requests carry their own, shorter timeout (IngestClientOptions.RequestTimeout); an event stream may
        // rightly stay open for longer than HttpClient's default 100 s.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    /// <summary>
    /// Opens a session, uploads <paramref name="chunks"/> as they come, ends the session after the last one and waits
    /// for its final translation, reporting acknowledgements, resumes and partial hypotheses on the way.
    /// </summary>
    /// <param name="progress">Called on the uploading thread, in order; <see cref="Progress{T}"/> would reorder
    /// events, since it posts each to the thread pool when there is no synchronisation context.</param>
    /// <returns>The completed session's snapshot; its <see cref="IngestSnapshot.Final"/> is set.</returns>
    /// <exception cref="IngestClientException">The server refused a request, the session failed, or the
    /// connection stayed down longer than <see cref="IngestClientOptions.RetryBudget"/>.</exception>
    public async Task<IngestSnapshot> StreamAsync(
        IAsyncEnumerable<byte[]> chunks,
        StreamOptions options,
        IProgress<ClientEvent>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(options);
        var (session, location) = await CreateSessionAsync(options, cancellationToken);
        progress?.Report(new SessionOpened(session.SessionId, location));

        var lastSequence = await UploadAsync(location, chunks, progress, cancellationToken);
        await SendWithRetryAsync(
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(location + "/end", UriKind.RelativeOrAbsolute))
            {
                Content = JsonContent.Create(new IngestJson.EndSession(lastSequence), options: IngestJson.Options),
            },
            ReadJsonAsync<IngestSnapshot>,
            new RetryBackoff(_options, _time),
            cancellationToken);

        var hypotheses = new HypothesisReporter(progress);
        var last = await FollowAsync(location, hypotheses, cancellationToken);
        if (last.Status == IngestStatus.Failed)
        {
            throw Failed(last);
        }

        var final = last.Final
            ?? throw new IngestClientException(IngestClientException.UnexpectedResponse, "The session completed without a final translation.");
        hypotheses.Final(final);
        return last;
    }

    /// <summary>The session as the server has it now.</summary>
    public Task<IngestSnapshot> GetSessionAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        GetSessionAsync(SessionUri(sessionId), new RetryBackoff(_options, _time), cancellationToken);

    /// <summary>
    /// The session's snapshots from its event stream, while the stream lasts: what a caption shows while another task
    /// uploads. Ends quietly when the stream breaks or the session is over; no polling fallback.
    /// </summary>
    public IAsyncEnumerable<IngestSnapshot> WatchAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        ReadEventsAsync(SessionUri(sessionId), cancellationToken);

    private static Uri SessionUri(Guid sessionId) => new($"{SessionsPath}/{sessionId}", UriKind.Relative);

    /// <remarks>
    /// A create retried after a lost answer may open a second session; the abandoned one is never ended and holds a
    /// place in the tenant's concurrent sessions until the server lets it go. Sessions are not idempotent by
    /// request id, so that is the price of getting started on a flaky network.
    /// </remarks>
    private async Task<(IngestSnapshot Session, Uri Location)> CreateSessionAsync(StreamOptions options, CancellationToken cancellationToken)
    {
        var body = new IngestJson.CreateSession(options.Language, options.Format, options.Fps, options.Adapter);
        return await SendWithRetryAsync(
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(SessionsPath, UriKind.Relative))
            {
                Content = JsonContent.Create(body, options: IngestJson.Options),
            },
            async (response, token) =>
            {
                var session = await ReadJsonAsync<IngestSnapshot>(response, token);
                // The Location is relative to the request, which matters when the API sits under a path prefix.
                var location = response.Headers.Location is { } header && response.RequestMessage?.RequestUri is { } requested
                    ? new Uri(requested, header)
                    : SessionUri(session.SessionId);
                return (session, location);
            },
            new RetryBackoff(_options, _time),
            cancellationToken);
    }

    /// <summary>Sends every chunk in order until the server has them all; returns the last sequence number.</summary>
    private async Task<long> UploadAsync(
        Uri session, IAsyncEnumerable<byte[]> chunks, IProgress<ClientEvent>? progress, CancellationToken cancellationToken)
    {
        await using var pending = new PendingChunks(chunks, cancellationToken);
        var backoff = new RetryBackoff(_options, _time);
        // Always the server's next_expected: one request in flight, never a gap, and nothing is held on the server
        // waiting for an earlier chunk.
        while (await pending.GetAsync(pending.NextExpected, cancellationToken) is { } chunk)
        {
            var attempt = await AttemptAsync(() => PutChunk(session, chunk), ReadJsonAsync<ChunkReceipt>, cancellationToken);
            if (attempt.Succeeded)
            {
                backoff.Reset();
                var receipt = attempt.Value!;
                pending.Acknowledge(receipt.NextExpected);
                progress?.Report(new ChunkAcknowledged(receipt.Sequence, receipt.Status, receipt.NextExpected, receipt.Held));
                continue;
            }

            await backoff.WaitAsync(attempt.Failure!, attempt.RetryAfter, cancellationToken);
            if (attempt.RetryAfter is not null)
            {
                // Rate limited: the server refused the chunk without storing it, so the same one goes again.
                continue;
            }

            // The request may or may not have reached the server: ask it, rather than guess.
            var failures = backoff.Failures;
            var snapshot = await GetSessionAsync(session, backoff, cancellationToken);
            if (snapshot.IsTerminal)
            {
                throw snapshot.Status == IngestStatus.Failed
                    ? Failed(snapshot)
                    : new IngestClientException(IngestClientException.UnexpectedResponse, "The session completed before the upload ended.");
            }

            pending.Acknowledge(snapshot.NextExpected);
            backoff.Reset();
            progress?.Report(new ConnectionResumed(snapshot.NextExpected, pending.Resent(snapshot.NextExpected), failures));
        }

        return pending.LastSequence;
    }

    private static HttpRequestMessage PutChunk(Uri session, PendingChunks.Chunk chunk)
    {
        var content = new ByteArrayContent(chunk.Data);
        content.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        return new HttpRequestMessage(HttpMethod.Put, new Uri($"{session}/chunks/{chunk.Sequence}", UriKind.RelativeOrAbsolute))
        {
            Content = content,
        };
    }

    /// <summary>
    /// The session's snapshots until it completes or fails: from its event stream while that lasts, then by polling.
    /// Partial hypotheses are reported once each.
    /// </summary>
    private async Task<IngestSnapshot> FollowAsync(Uri session, HypothesisReporter hypotheses, CancellationToken cancellationToken)
    {
        void Observe(IngestSnapshot snapshot)
        {
            if (snapshot.Partial is { } partial)
            {
                hypotheses.Partial(partial);
            }
        }

        await foreach (var snapshot in ReadEventsAsync(session, cancellationToken))
        {
            Observe(snapshot);
            if (snapshot.IsTerminal)
            {
                return snapshot;
            }
        }

        // The stream broke or ended early (a proxy cut it, the network dropped): polling needs no open connection.
        var backoff = new RetryBackoff(_options, _time);
        while (true)
        {
            var snapshot = await GetSessionAsync(session, backoff, cancellationToken);
            Observe(snapshot);
            if (snapshot.IsTerminal)
            {
                return snapshot;
            }

            await Task.Delay(_options.PollInterval, _time, cancellationToken);
        }
    }

    /// <summary>
    /// The session's <c>snapshot</c> events; ends quietly when the stream breaks. The server only writes when
    /// something changes, so a stream silent for a whole request timeout is treated as broken too: a connection
    /// that died without a reset would otherwise be waited on forever.
    /// </summary>
    private async IAsyncEnumerable<IngestSnapshot> ReadEventsAsync(Uri session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var watchdog = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        watchdog.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage? response = null;
        IAsyncEnumerator<SseItem<IngestSnapshot?>>? events = null;
        try
        {
            try
            {
                var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{session}/events", UriKind.RelativeOrAbsolute));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
                using (request)
                {
                    response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, watchdog.Token);
                }

                if (!response.IsSuccessStatusCode)
                {
                    // A refusal (the session is gone, the key revoked) is as fatal here as anywhere; anything else
                    // is left to polling.
                    if (IsRefusal(response.StatusCode))
                    {
                        throw await RefusalAsync(response, cancellationToken);
                    }

                    yield break;
                }

                var stream = await response.Content.ReadAsStreamAsync(watchdog.Token);
                events = SseParser.Create(stream, ParseEvent).EnumerateAsync(watchdog.Token).GetAsyncEnumerator(watchdog.Token);
            }
            catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
            {
                yield break;
            }

            while (true)
            {
                IngestSnapshot? snapshot;
                try
                {
                    if (!await events.MoveNextAsync())
                    {
                        yield break;
                    }

                    snapshot = events.Current.Data;
                }
                catch (Exception exception) when (IsTransportFailure(exception, cancellationToken) || exception is JsonException)
                {
                    yield break;
                }

                if (snapshot is not null)
                {
                    watchdog.CancelAfter(_options.RequestTimeout);
                    yield return snapshot;
                }
            }
        }
        finally
        {
            if (events is not null)
            {
                await events.DisposeAsync();
            }

            response?.Dispose();
        }
    }

    private static IngestSnapshot? ParseEvent(string eventType, ReadOnlySpan<byte> data) =>
        eventType == SnapshotEvent ? JsonSerializer.Deserialize<IngestSnapshot>(data, IngestJson.Options) : null;

    private Task<IngestSnapshot> GetSessionAsync(Uri session, RetryBackoff backoff, CancellationToken cancellationToken) =>
        SendWithRetryAsync(() => new HttpRequestMessage(HttpMethod.Get, session), ReadJsonAsync<IngestSnapshot>, backoff, cancellationToken);

    /// <summary>One request, repeated after transport failures and rate limits until it succeeds or the budget is spent.</summary>
    private async Task<T> SendWithRetryAsync<T>(
        Func<HttpRequestMessage> createRequest,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read,
        RetryBackoff backoff,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var attempt = await AttemptAsync(createRequest, read, cancellationToken);
            if (attempt.Succeeded)
            {
                return attempt.Value!;
            }

            await backoff.WaitAsync(attempt.Failure!, attempt.RetryAfter, cancellationToken);
        }
    }

    /// <summary>
    /// One request and its answer, read within <see cref="IngestClientOptions.RequestTimeout"/>. Failures worth
    /// another try come back as values; a refusal (4xx) is thrown, since sending the same again cannot help.
    /// </summary>
    private async Task<Attempt<T>> AttemptAsync<T>(
        Func<HttpRequestMessage> createRequest,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var request = createRequest();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return new Attempt<T>(true, await read(response, timeout.Token), null, null);
            }

            // A 429 with Retry-After is the rate limiter: wait and go on. One without (quota_exceeded) is a refusal
            // that waiting a few seconds does not lift.
            if (response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(response) is { } wait)
            {
                var limited = new HttpRequestException("The server is rate limiting this key.", null, response.StatusCode);
                return new Attempt<T>(false, default, limited, wait);
            }

            if (IsRefusal(response.StatusCode))
            {
                throw await RefusalAsync(response, timeout.Token);
            }

            // 5xx: the server or a proxy in front of it is in trouble, which retrying is meant for.
            var failed = new HttpRequestException(
                $"The server answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
            return new Attempt<T>(false, default, failed, null);
        }
        catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
        {
            return new Attempt<T>(false, default, exception, null);
        }
    }

    /// <summary>
    /// Failures of the way to the server rather than of the request: a dropped connection, an unreadable answer,
    /// a request timeout. A cancellation is only a failure when the caller did not ask for it.
    /// </summary>
    private static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static bool IsRefusal(HttpStatusCode status) => (int)status is >= 400 and < 500;

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is { Ticks: > 0 } left ? left : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The server's <c>{ "error": { "code", "message" } }</c> as an exception.</summary>
    private static async Task<IngestClientException> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await ApiRefusal.ReadAsync(response, cancellationToken);
        return new IngestClientException(error.Code, error.Message, response.StatusCode);
    }

    private static IngestClientException Failed(IngestSnapshot session) => new(
        session.Error?.Code ?? "session_failed",
        session.Error?.Message ?? $"Session {session.SessionId} failed.");

    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(IngestJson.Options, cancellationToken)
                ?? throw new IngestClientException(IngestClientException.UnexpectedResponse, $"The server answered {response.RequestMessage?.RequestUri} with an empty body.");
        }
        catch (JsonException exception)
        {
            throw new IngestClientException(
                IngestClientException.UnexpectedResponse,
                $"The server's answer to {response.RequestMessage?.RequestUri} is not the expected JSON: {exception.Message}",
                response.StatusCode,
                exception);
        }
    }

    private readonly record struct Attempt<T>(bool Succeeded, T? Value, Exception? Failure, TimeSpan? RetryAfter);
}

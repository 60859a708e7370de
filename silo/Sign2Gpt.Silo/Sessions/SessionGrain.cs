using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Contracts.Hosting;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Contracts.Usage;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Silo.Hosting;
using Sign2Gpt.Silo.Serving;
using Sign2Gpt.Silo.Telemetry;

namespace Sign2Gpt.Silo.Sessions;

/// <summary>
/// One translation session. Chunks are acknowledged only once stored and recorded in the persisted state; the
/// video pipeline behind them is rebuilt from the stored chunks whenever the session activates, so a silo loss
/// costs time, never an acknowledged chunk. The edge sends chunks on the session's chunk stream, which activates
/// the grain wherever it is (implicit subscription).
/// </summary>
[ImplicitStreamSubscription(SessionStreams.ChunkNamespace)]
public sealed partial class SessionGrain(
    [PersistentState("session", SiloHostingExtensions.StorageName)] IPersistentState<SessionState> state,
    IChunkStore chunks,
    InferenceRouter inference,
    TranslationEngine engine,
    IOptions<VideoDecoderOptions> videoOptions,
    IOptions<SessionOptions> options,
    TimeProvider clock,
    SiloMetrics metrics,
    ILogger<SessionGrain> logger) : Grain, ISessionGrain
{
    private readonly SessionOptions _limits = options.Value;
    private SessionVideo? _video;
    private long _partialWindow;
    private bool _translating;

    private SessionState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await SubscribeToChunksAsync();
        if (S.Status is SessionStatus.Receiving or SessionStatus.Finishing)
        {
            if (_limits.InferenceEnabled)
            {
                await ResumeVideoAsync();
            }

            StartTicking();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await StopVideoAsync();
    }

    public async Task<SessionSnapshot> StartAsync(SessionStart start, CancellationToken cancellationToken = default)
    {
        if (S.Status != SessionStatus.None)
        {
            return S.Start == start ? Snapshot() : throw Reject(RejectionCode.AlreadyStarted, "This session was already started with other settings.");
        }

        if (start.Fps is <= 0 or > 120 || string.IsNullOrWhiteSpace(start.Language))
        {
            throw Reject(RejectionCode.InvalidRequest, $"A session needs a language and a frame rate in (0, 120]; got '{start.Language}' at {start.Fps} fps.");
        }

        if (!engine.Languages.Contains(start.Language))
        {
            throw Reject(RejectionCode.LanguageNotEnabled, $"The model translates {string.Join(", ", engine.Languages)}; not '{start.Language}'.");
        }

        var admission = await GrainFactory.GetGrain<ITenantGrain>(start.TenantId).AdmitSessionAsync(this.GetPrimaryKey(), start.Language, cancellationToken);
        if (!admission.Admitted)
        {
            throw Reject(admission.RejectionCode ?? RejectionCode.QuotaExceeded, admission.Reason ?? "The tenant cannot open another session.");
        }

        S.AdapterVersion = await ChooseAdapterAsync(start, cancellationToken);
        S.Start = start;
        S.Status = SessionStatus.Receiving;
        S.StartedUtc = clock.GetUtcNow();
        await state.WriteStateAsync(cancellationToken);
        _video = _limits.InferenceEnabled ? StartVideo() : null;
        StartTicking();
        await RecordHistoryAsync(videoSeconds: 0, cancellationToken);
        metrics.SessionStarted(start.Language);
        LogStarted(logger, this.GetPrimaryKey(), start.TenantId, start.Language);
        return Snapshot();
    }

    public async Task<ChunkReceipt> AppendChunkAsync(VideoChunk chunk, CancellationToken cancellationToken = default)
    {
        try
        {
            var receipt = await TakeChunkAsync(chunk, cancellationToken);
            metrics.ChunkAccepted(receipt.Status);
            return receipt;
        }
        catch (SessionRejectedException e)
        {
            metrics.ChunkRefused(e.Code);
            throw;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            metrics.ChunkRefused(RejectionCode.Unavailable);
            throw;
        }
    }

    private async Task<ChunkReceipt> TakeChunkAsync(VideoChunk chunk, CancellationToken cancellationToken)
    {
        EnsureTakingChunks();
        var hash = Convert.ToHexStringLower(SHA256.HashData(chunk.Data));
        if (S.ChunkHashes.TryGetValue(chunk.Sequence, out var known))
        {
            return known == hash
                ? Receipt(chunk.Sequence, ChunkStatus.Duplicate)
                : throw Reject(RejectionCode.ChunkConflict, $"Chunk {chunk.Sequence} was already received with different bytes.");
        }

        if (chunk.Data.Length == 0 || chunk.Data.Length > _limits.MaxChunkBytes)
        {
            throw Reject(RejectionCode.ChunkTooLarge, $"A chunk must hold 1 to {_limits.MaxChunkBytes} bytes; chunk {chunk.Sequence} has {chunk.Data.Length}.");
        }

        if (chunk.Sequence < 0 || chunk.Sequence >= S.NextExpected + _limits.MaxHeldChunks || chunk.Sequence > (S.LastSequence ?? long.MaxValue))
        {
            throw Reject(RejectionCode.ChunkOutOfRange, $"Chunk {chunk.Sequence} is out of range: the session expects {S.NextExpected} and holds at most {_limits.MaxHeldChunks} chunks ahead of a gap.");
        }

        if (S.BytesReceived + chunk.Data.Length > _limits.MaxSessionBytes)
        {
            throw Reject(RejectionCode.SessionTooLong, $"The session would exceed {_limits.MaxSessionBytes} bytes.");
        }

        await chunks.SaveAsync(this.GetPrimaryKey(), chunk.Sequence, chunk.Data);
        S.ChunkHashes[chunk.Sequence] = hash;
        S.BytesReceived += chunk.Data.Length;
        var ready = new List<long>();
        if (chunk.Sequence == S.NextExpected)
        {
            ready.Add(S.NextExpected++);
            while (S.Held.Remove(S.NextExpected))
            {
                ready.Add(S.NextExpected++);
            }

            S.GapSinceUtc = S.Held.Count > 0 ? clock.GetUtcNow() : null;
        }
        else
        {
            S.Held.Add(chunk.Sequence);
            S.GapSinceUtc ??= clock.GetUtcNow();
        }

        await state.WriteStateAsync(cancellationToken);
        foreach (var sequence in ready)
        {
            _video?.Append(sequence == chunk.Sequence ? chunk.Data : await chunks.LoadAsync(this.GetPrimaryKey(), sequence));
        }

        CompleteVideoIfAllIn();
        return Receipt(chunk.Sequence, ready.Count > 0 ? ChunkStatus.Accepted : ChunkStatus.Held);
    }

    public async Task<SessionSnapshot> EndAsync(long lastSequence, CancellationToken cancellationToken = default)
    {
        if (S.Status == SessionStatus.None)
        {
            throw Reject(RejectionCode.NotStarted, "The session was never started.");
        }

        if (S.LastSequence is { } known)
        {
            return known == lastSequence ? Snapshot() : throw Reject(RejectionCode.Ended, $"The session already ended after chunk {known}.");
        }

        var highest = S.Held.Count > 0 ? S.Held.Max() : S.NextExpected - 1;
        if (lastSequence < highest || lastSequence < 0)
        {
            throw Reject(RejectionCode.ChunkOutOfRange, $"The last chunk cannot be {lastSequence}: chunk {highest} was received.");
        }

        S.LastSequence = lastSequence;
        S.Status = SessionStatus.Finishing;
        await state.WriteStateAsync(cancellationToken);
        CompleteVideoIfAllIn();
        await PublishSnapshotAsync();
        return Snapshot();
    }

    public Task<SessionSnapshot> GetAsync(CancellationToken cancellationToken = default) =>
        S.Status == SessionStatus.None ? throw Reject(RejectionCode.NotStarted, "No such session.") : Task.FromResult(Snapshot());

    private void EnsureTakingChunks()
    {
        switch (S.Status)
        {
            case SessionStatus.None:
                throw Reject(RejectionCode.NotStarted, "The session was never started.");
            case SessionStatus.Completed or SessionStatus.Failed:
                throw Reject(RejectionCode.Ended, $"The session has {S.Status.ToString().ToLowerInvariant()}; it takes no more chunks.");
        }
    }

    private void CompleteVideoIfAllIn()
    {
        if (S.LastSequence is { } last && S.NextExpected == last + 1)
        {
            _video?.Complete();
        }
    }

    private void StartTicking() =>
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(_limits.TickInterval, _limits.TickInterval) { KeepAlive = true });

    /// <summary>Fails a session whose gap stayed open too long, finishes one whose video is done, and refreshes the partial hypothesis.</summary>
    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (S.Status is not (SessionStatus.Receiving or SessionStatus.Finishing) || _video is null || _translating)
        {
            return;
        }

        if (S.GapSinceUtc is { } since && clock.GetUtcNow() - since > _limits.GapTimeout)
        {
            await FailAsync(new SessionError("gap_timeout", $"Chunk {S.NextExpected} did not arrive within {_limits.GapTimeout.TotalSeconds:0} s while later chunks waited."), cancellationToken);
            return;
        }

        if (_video.Completion.IsCompleted)
        {
            await FinishAsync(cancellationToken);
            return;
        }

        if (_video.DecodedSeconds > _limits.MaxVideoSeconds)
        {
            await FailAsync(new SessionError(RejectionCode.SessionTooLong, $"The video is longer than the {_limits.MaxVideoSeconds:0} s a session may last."), cancellationToken);
            return;
        }

        // One partial per completed window of video, as soon as it completes: counting from the last partial instead
        // would let its lag carry over to every later window. Once the client has ended the upload, the final is what
        // it waits for, and partials would only delay it (each one translates the whole video so far).
        var window = (long)Math.Floor(_video.DecodedSeconds / _limits.PartialEverySeconds);
        if (window > _partialWindow && S.Status == SessionStatus.Receiving)
        {
            _partialWindow = window;
            S.Partial = await TranslateAsync(_video.Features(), isFinal: false, cancellationToken);
            await state.WriteStateAsync(cancellationToken);
            await PublishSnapshotAsync();
        }
    }

    private async Task FinishAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _video!.Completion;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var code = e is VideoDecodeException decode ? "video_" + decode.Kind.ToString().ToLowerInvariant() : "video_unreadable";
            await FailAsync(new SessionError(code, e.Message), cancellationToken);
            return;
        }

        var features = _video.Features();
        if (features.FrameCount == 0)
        {
            await FailAsync(new SessionError("video_no_frames", "The uploaded video has no frames."), cancellationToken);
            return;
        }

        S.Final = await TranslateAsync(features, isFinal: true, cancellationToken);
        S.Partial = S.Final;
        S.Status = SessionStatus.Completed;
        await EndSessionAsync(cancellationToken);
        LogCompleted(logger, this.GetPrimaryKey(), S.Final.Frames, S.Final.VideoSeconds, S.Final.Text);
    }

    private async Task FailAsync(SessionError error, CancellationToken cancellationToken)
    {
        S.Error = error;
        S.Status = SessionStatus.Failed;
        await EndSessionAsync(cancellationToken);
        LogFailed(logger, this.GetPrimaryKey(), error.Code, error.Message);
    }

    private async Task EndSessionAsync(CancellationToken cancellationToken)
    {
        S.EndedUtc = clock.GetUtcNow();
        S.Held.Clear();
        S.GapSinceUtc = null;
        var seconds = _video?.DecodedSeconds ?? 0;
        var frames = _video?.Frames ?? 0;
        await state.WriteStateAsync(cancellationToken);
        metrics.SessionEnded(S.Start!.Language, S.Status);
        await StopVideoAsync();

        // An ended session takes no chunk again and never replays its video, so its bytes can go now (the memory
        // store of a single silo would otherwise keep every session's video for as long as it runs).
        await chunks.DeleteAsync(this.GetPrimaryKey(), S.ChunkHashes.Count == 0 ? 0 : S.ChunkHashes.Keys.Max() + 1);
        var start = S.Start!;
        await GrainFactory.GetGrain<ITenantGrain>(start.TenantId).ReleaseSessionAsync(this.GetPrimaryKey(), seconds, cancellationToken);
        await PublishSnapshotAsync();
        await RecordHistoryAsync(seconds, cancellationToken);
        var usage = new SessionUsage(this.GetPrimaryKey(), start.Language, (S.Final ?? S.Partial)?.Adapter, seconds, frames, S.TokensDecoded, S.Status == SessionStatus.Completed);
        var day = DateOnly.FromDateTime(S.StartedUtc!.Value.UtcDateTime);
        await GrainFactory.GetGrain<IUsageGrain>(UsageKey.For(start.TenantId, day)).RecordAsync(usage, cancellationToken);
    }

    private async Task<Sign2Gpt.Contracts.Sessions.Translation> TranslateAsync(VideoFeatures features, bool isFinal, CancellationToken cancellationToken)
    {
        _translating = true;

        // The session's span: the inference grain call under it (Orleans' own span, on whichever silo runs the
        // session's device) shows where the time went.
        using var activity = Sign2GptTelemetry.ActivitySource.StartActivity("session translate");
        activity?.SetTag("session_id", this.GetPrimaryKey().ToString());
        activity?.SetTag("language", S.Start!.Language);
        activity?.SetTag("kind", isFinal ? "final" : "partial");
        activity?.SetTag("frames", features.FrameCount);
        try
        {
            var request = FeatureRequest.Of(features, S.Start!.Language, S.AdapterVersion, isFinal);
            var translation = await inference.For(this.GetPrimaryKey()).TranslateAsync(request, cancellationToken);
            S.TokensDecoded += translation.Tokens;
            activity?.SetTag("adapter", translation.Adapter);
            activity?.SetTag("tokens", translation.Tokens);
            return translation;
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
        finally
        {
            _translating = false;
        }
    }

    /// <summary>The client's pin ("de@v3" or "3") when it names a published version, else the rollout's choice.</summary>
    private async Task<int?> ChooseAdapterAsync(SessionStart start, CancellationToken cancellationToken)
    {
        var registry = GrainFactory.GetGrain<IAdapterRegistryGrain>(start.Language);
        if (string.IsNullOrWhiteSpace(start.AdapterPin))
        {
            return await registry.ResolveAsync(start.TenantId, this.GetPrimaryKey(), cancellationToken);
        }

        var text = start.AdapterPin.StartsWith(start.Language + "@v", StringComparison.Ordinal) ? start.AdapterPin[(start.Language.Length + 2)..] : start.AdapterPin;
        var rollout = await registry.GetRolloutAsync(cancellationToken);
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) && rollout.Versions.Any(v => v.Version == version)
            ? version
            : throw Reject(RejectionCode.InvalidRequest, $"Adapter '{start.AdapterPin}' is not a published {start.Language} version.");
    }

    private SessionVideo StartVideo()
    {
        var worker = inference.For(this.GetPrimaryKey());
        return SessionVideo.Start(videoOptions, (frames, cancellationToken) => worker.ExtractAsync(frames, cancellationToken), S.Start!.Format, S.Start.Fps);
    }

    private async Task ResumeVideoAsync()
    {
        _video = StartVideo();
        for (long sequence = 0; sequence < S.NextExpected; sequence++)
        {
            _video.Append(await chunks.LoadAsync(this.GetPrimaryKey(), sequence));
        }

        CompleteVideoIfAllIn();
        LogResumed(logger, this.GetPrimaryKey(), S.NextExpected);
    }

    private async Task StopVideoAsync()
    {
        if (_video is not null)
        {
            await _video.DisposeAsync();
            _video = null;
        }
    }

    private Task RecordHistoryAsync(double videoSeconds, CancellationToken cancellationToken)
    {
        var start = S.Start!;
        var entry = new SessionHistoryEntry(this.GetPrimaryKey(), start.Language, S.Status, S.StartedUtc!.Value, videoSeconds, S.Final?.Text, (S.Final ?? S.Partial)?.Adapter);
        return GrainFactory.GetGrain<ISessionHistoryGrain>(SessionHistoryKey.For(start.TenantId, start.UserId)).RecordAsync(entry, cancellationToken);
    }

    private ChunkReceipt Receipt(long sequence, ChunkStatus status) => new(sequence, status, S.NextExpected, S.Held.Count);

    private SessionSnapshot Snapshot() => new(
        this.GetPrimaryKey(),
        S.Start?.TenantId ?? "",
        S.Start?.Language ?? "",
        S.Status,
        S.NextExpected,
        S.Held.Count,
        S.BytesReceived,
        _video?.Frames ?? S.Final?.Frames ?? 0,
        _video?.DecodedSeconds ?? S.Final?.VideoSeconds ?? 0,
        S.Partial,
        S.Final,
        S.Error,
        S.StartedUtc,
        S.EndedUtc,
        S.Start?.UserId ?? "");

    private static SessionRejectedException Reject(string code, string message) => new(code, message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} started for tenant {TenantId} in {Language}")]
    private static partial void LogStarted(ILogger logger, Guid sessionId, string tenantId, string language);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} resumed: replaying {Chunks} stored chunks")]
    private static partial void LogResumed(ILogger logger, Guid sessionId, long chunks);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} completed: {Frames} frames, {Seconds:0.0} s, \"{Text}\"")]
    private static partial void LogCompleted(ILogger logger, Guid sessionId, int frames, double seconds, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId} failed with {Code}: {Message}")]
    private static partial void LogFailed(ILogger logger, Guid sessionId, string code, string message);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>The ingest routes' handlers. Every one answers 404 for a session of another tenant.</summary>
public static class SessionHandlers
{
    /// <summary>Only API clients create sessions here; the portal will name its signed-in users instead.</summary>
    public const string ApiUserId = "api";

    public static async Task<Results<Created<SessionSnapshot>, JsonHttpResult<ApiError>>> CreateAsync(
        CreateSessionRequest request,
        ApiCaller caller,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, RejectionCode.InvalidRequest, problem);
        }

        // Time-ordered ids keep a tenant's sessions in creation order wherever they are listed or stored.
        var sessionId = Guid.CreateVersion7();
        var start = request.ToStart(caller);
        var snapshot = await services.Gateway.StartAsync(sessionId, start, cancellationToken);
        services.Ownership.Remember(snapshot);
        IngestLog.SessionStarted(services.Logger, sessionId, caller.TenantId, start.Language, start.Format, start.Fps);
        return TypedResults.Created(IngestApi.SessionPath(sessionId), snapshot);
    }

    public static async Task<Results<Ok<ChunkReceipt>, JsonHttpResult<ApiError>>> AppendChunkAsync(
        Guid id,
        long sequence,
        HttpRequest request,
        ApiCaller caller,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken)
    {
        if (!await services.Ownership.OwnsAsync(id, caller, cancellationToken))
        {
            return ApiError.NotFound(id);
        }

        var maxBytes = services.Options.Value.MaxChunkBytes;
        var data = await ChunkBody.ReadAsync(request, maxBytes, cancellationToken);
        if (data is null)
        {
            return ApiError.Result(
                StatusCodes.Status413PayloadTooLarge, RejectionCode.ChunkTooLarge, $"A chunk may hold at most {maxBytes} bytes.");
        }

        if (data.Length == 0)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, RejectionCode.InvalidRequest, "The chunk is empty.");
        }

        var receipt = await services.Gateway.AppendAsync(id, new VideoChunk(sequence, data), cancellationToken);
        IngestLog.ChunkReceived(services.Logger, id, sequence, data.Length, receipt.Status, receipt.NextExpected);
        return TypedResults.Ok(receipt);
    }

    public static async Task<Results<Accepted<SessionSnapshot>, JsonHttpResult<ApiError>>> EndAsync(
        Guid id,
        EndSessionRequest request,
        ApiCaller caller,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken)
    {
        if (request.LastSequence is not { } lastSequence)
        {
            return ApiError.Result(
                StatusCodes.Status400BadRequest, RejectionCode.InvalidRequest, "'last_sequence' is required.");
        }

        if (!await services.Ownership.OwnsAsync(id, caller, cancellationToken))
        {
            return ApiError.NotFound(id);
        }

        var snapshot = await services.Gateway.EndAsync(id, lastSequence, cancellationToken);
        IngestLog.SessionEnded(services.Logger, id, lastSequence, snapshot.Status);
        return TypedResults.Accepted(IngestApi.SessionPath(id), snapshot);
    }

    public static async Task<Results<Ok<SessionSnapshot>, JsonHttpResult<ApiError>>> GetAsync(
        Guid id,
        ApiCaller caller,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken) =>
        await services.Ownership.FindAsync(id, caller, cancellationToken) is { } snapshot
            ? TypedResults.Ok(snapshot)
            : ApiError.NotFound(id);

    public static async Task<Results<ServerSentEventsResult<SessionSnapshot>, JsonHttpResult<ApiError>>> EventsAsync(
        Guid id,
        ApiCaller caller,
        [AsParameters] SessionServices services,
        CancellationToken cancellationToken)
    {
        // Checked before the stream opens, so that a foreign session answers 404 like every other route.
        if (await services.Ownership.FindAsync(id, caller, cancellationToken) is not { } first)
        {
            return ApiError.NotFound(id);
        }

        return TypedResults.ServerSentEvents(SessionEvents.StreamAsync(services.Gateway, first, cancellationToken));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Web.Ingest;
using Sign2Gpt.Web.Portal.Accounts;

namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>
/// The live page's script talks to these: start a session, add camera chunks to it, end it. The ingest API's routes
/// take API keys; these take the portal's cookie, and answer only the user who started the session (404 to anyone
/// else, as for a session that does not exist).
/// </summary>
public static class LiveEndpoints
{
    public const string Path = "/portal/live";

    public static IEndpointRouteBuilder MapPortalLiveTranslation(this IEndpointRouteBuilder app)
    {
        var live = app.MapGroup(Path).RequireAuthorization(PortalPolicies.SignedIn).AddEndpointFilter<LiveApiFilter>();
        live.MapPost("", StartAsync);
        live.MapPut("{sessionId:guid}/chunks/{sequence:long}", AppendAsync);
        live.MapPost("{sessionId:guid}/end", EndAsync);
        return app;
    }

    private static async Task<Results<Created<SessionSnapshot>, JsonHttpResult<ApiError>>> StartAsync(
        LiveStartRequest request, HttpContext context, LiveTranslator translator, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, RejectionCode.InvalidRequest, problem);
        }

        var snapshot = await translator.StartAsync(PortalUser.FromPrincipal(context.User)!, request.Language!, request.Fps!.Value, cancellationToken);
        return TypedResults.Created($"/sessions/{snapshot.SessionId}", snapshot);
    }

    private static async Task<Results<Ok<ChunkReceipt>, JsonHttpResult<ApiError>>> AppendAsync(
        Guid sessionId,
        long sequence,
        HttpContext context,
        LiveTranslator translator,
        IOptions<IngestOptions> options,
        CancellationToken cancellationToken)
    {
        if (!await translator.OwnsAsync(PortalUser.FromPrincipal(context.User)!, sessionId, cancellationToken))
        {
            return ApiError.NotFound(sessionId);
        }

        var maxBytes = options.Value.MaxChunkBytes;
        var data = await ChunkBody.ReadAsync(context.Request, maxBytes, cancellationToken);
        if (data is null)
        {
            return ApiError.Result(StatusCodes.Status413PayloadTooLarge, RejectionCode.ChunkTooLarge, $"A chunk may hold at most {maxBytes} bytes.");
        }

        if (data.Length == 0)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, RejectionCode.InvalidRequest, "The chunk is empty.");
        }

        return await translator.AppendAsync(sessionId, sequence, data, cancellationToken) is { } receipt
            ? TypedResults.Ok(receipt)
            : ApiError.NotFound(sessionId);
    }

    private static async Task<Results<Accepted<SessionSnapshot>, JsonHttpResult<ApiError>>> EndAsync(
        Guid sessionId, EndSessionRequest request, HttpContext context, LiveTranslator translator, CancellationToken cancellationToken)
    {
        if (request.LastSequence is not { } lastSequence)
        {
            return ApiError.Result(StatusCodes.Status400BadRequest, RejectionCode.InvalidRequest, "'last_sequence' is required.");
        }

        if (!await translator.OwnsAsync(PortalUser.FromPrincipal(context.User)!, sessionId, cancellationToken))
        {
            return ApiError.NotFound(sessionId);
        }

        return TypedResults.Accepted($"/sessions/{sessionId}", await translator.EndAsync(sessionId, lastSequence, cancellationToken));
    }
}

using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>The ingest routes: sessions that mobile and HTTP clients open, fill with video chunks and end.</summary>
public static class IngestApi
{
    public const string SessionsPath = "/v1/sessions";

    public static string SessionPath(Guid sessionId) => $"{SessionsPath}/{sessionId}";

    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder endpoints)
    {
        var sessions = endpoints.MapGroup(SessionsPath)
            .WithTags("Sessions")
            .RequireAuthorization(ApiKeyAuthentication.Policy)
            .RequireRateLimiting(IngestRateLimiting.Policy)
            .AddEndpointFilter<IngestErrorFilter>()
            .ProducesApiError(StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests);

        sessions.MapPost("", SessionHandlers.CreateAsync)
            .WithName("CreateSession")
            .WithSummary("Open a session")
            .WithDescription("Starts a translation session for the key's tenant; its id is in the answer and the Location header.")
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status429TooManyRequests);

        sessions.MapPut("{id:guid}/chunks/{sequence:long}", SessionHandlers.AppendChunkAsync)
            .WithName("AppendChunk")
            .WithSummary("Upload a video chunk")
            .WithDescription(
                "The body is the chunk's raw bytes. Sequences start at 0; re-sending a chunk is harmless, and a chunk " +
                "ahead of a gap is held until the gap fills. Resume from the receipt's next_expected.")
            // Clients label chunks by what they carry or not at all; the session's format decides how they are read.
            .Accepts<Stream>("application/octet-stream", "video/mp4", "video/webm", "image/jpeg")
            .ProducesApiError(
                StatusCodes.Status400BadRequest,
                StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict,
                StatusCodes.Status413PayloadTooLarge);

        sessions.MapPost("{id:guid}/end", SessionHandlers.EndAsync)
            .WithName("EndSession")
            .WithSummary("End a session")
            .WithDescription("No chunks after last_sequence; the final translation follows once every chunk up to it is in.")
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        sessions.MapGet("{id:guid}", SessionHandlers.GetAsync)
            .WithName("GetSession")
            .WithSummary("Get a session")
            .WithDescription("Status, progress and the latest partial or final translation.")
            .ProducesApiError(StatusCodes.Status404NotFound);

        sessions.MapGet("{id:guid}/events", SessionHandlers.EventsAsync)
            .WithName("SessionEvents")
            .WithSummary("Follow a session")
            .WithDescription(
                $"Server-sent events named '{SessionEvents.EventType}', one per change of status, progress or " +
                $"translation; the stream ends after the {nameof(SessionStatus.Completed).ToLowerInvariant()} or " +
                $"{nameof(SessionStatus.Failed).ToLowerInvariant()} snapshot.")
            .ProducesApiError(StatusCodes.Status404NotFound);

        return endpoints;
    }
}

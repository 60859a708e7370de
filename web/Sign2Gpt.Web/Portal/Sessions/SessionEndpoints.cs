using Microsoft.AspNetCore.Http.HttpResults;
using Sign2Gpt.Web.Portal.Accounts;
using Sign2Gpt.Web.Portal.Recordings;

namespace Sign2Gpt.Web.Portal.Sessions;

/// <summary>What a result page links to: the video (with range requests, so the player can seek) and the exports.</summary>
public static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapPortalSessionFiles(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/portal/sessions/{sessionId:guid}").RequireAuthorization(PortalPolicies.SignedIn);
        files.MapGet("/video", VideoAsync);
        files.MapGet("/export.json", ExportAsync);
        files.MapGet("/subtitles.vtt", SubtitlesAsync);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> VideoAsync(
        Guid sessionId, HttpContext context, PortalSessions sessions, IRecordingStore recordings, CancellationToken cancellationToken)
    {
        var user = PortalUser.FromPrincipal(context.User)!;
        if (await sessions.FindAsync(user, sessionId, cancellationToken) is null
            || await recordings.GetAsync(sessionId, cancellationToken) is not { } recording
            || recording.TenantId != user.TenantId)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(recording.Bytes, recording.ContentType, enableRangeProcessing: true);
    }

    private static async Task<Results<JsonHttpResult<SessionExport>, NotFound>> ExportAsync(
        Guid sessionId, HttpContext context, PortalSessions sessions, CancellationToken cancellationToken)
    {
        var snapshot = await sessions.FindAsync(PortalUser.FromPrincipal(context.User)!, sessionId, cancellationToken);
        if (snapshot?.Final is not { } final)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ContentDisposition = $"attachment; filename=\"sign2gpt-{sessionId:N}.json\"";
        return TypedResults.Json(SessionExport.Of(snapshot, final));
    }

    private static async Task<Results<ContentHttpResult, NotFound>> SubtitlesAsync(
        Guid sessionId, HttpContext context, PortalSessions sessions, CancellationToken cancellationToken)
    {
        var snapshot = await sessions.FindAsync(PortalUser.FromPrincipal(context.User)!, sessionId, cancellationToken);
        if (snapshot?.Final is not { } final)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ContentDisposition = $"attachment; filename=\"sign2gpt-{sessionId:N}.vtt\"";
        return TypedResults.Text(WebVttSubtitles.Write(final), "text/vtt; charset=utf-8");
    }
}

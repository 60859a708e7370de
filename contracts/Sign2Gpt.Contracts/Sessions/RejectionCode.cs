namespace Sign2Gpt.Contracts.Sessions;

/// <summary>The codes of <see cref="SessionRejectedException"/>; the ingest edge maps each to an HTTP status.</summary>
public static class RejectionCode
{
    public const string UnknownTenant = "unknown_tenant";
    public const string LanguageNotEnabled = "language_not_enabled";
    public const string QuotaExceeded = "quota_exceeded";
    public const string NotStarted = "session_not_started";
    public const string AlreadyStarted = "session_already_started";
    public const string Ended = "session_ended";
    public const string ChunkTooLarge = "chunk_too_large";
    public const string ChunkOutOfRange = "chunk_out_of_range";
    public const string ChunkConflict = "chunk_conflict";
    public const string SessionTooLong = "session_too_long";
    public const string InvalidRequest = "invalid_request";

    /// <summary>The session did not answer in time (a silo failing over, say): nothing is lost by sending again.</summary>
    public const string Unavailable = "session_unavailable";
}

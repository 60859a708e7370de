namespace Sign2Gpt.Contracts.Sessions;

public static class SessionHistoryKey
{
    /// <summary>User ids are unique only within their tenant.</summary>
    public static string For(string tenantId, string userId) => $"{tenantId}/{userId}";
}

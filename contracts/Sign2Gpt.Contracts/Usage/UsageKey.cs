using System.Globalization;

namespace Sign2Gpt.Contracts.Usage;

public static class UsageKey
{
    public static string For(string tenantId, DateOnly day) => $"{tenantId}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}

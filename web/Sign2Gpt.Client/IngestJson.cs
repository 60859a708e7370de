using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sign2Gpt.Client;

/// <summary>The API's JSON (ingest and admin): snake_case names and enum values, like the server writes them.</summary>
internal static class IngestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Body of <c>POST /v1/sessions</c>; a null adapter is left out so the rollout chooses.</summary>
    public sealed record CreateSession(string Language, IngestFormat Format, double Fps, string? Adapter);

    /// <summary>Body of <c>POST /v1/sessions/{id}/end</c>.</summary>
    public sealed record EndSession(long LastSequence);

    /// <summary>Body of <c>POST /v1/admin/adapters/{language}/canary</c>.</summary>
    public sealed record CanaryChange(int Version, double Share);

    /// <summary>Body of <c>POST .../promote</c> and <c>PUT .../pins/{tenant}</c>.</summary>
    public sealed record VersionChange(int Version);
}

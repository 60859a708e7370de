using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// The wire form of a <see cref="TranslationResult"/>: snake_case, one line, numbers rounded by the writer as
/// is. Shared by the CLI and the platform so both print the very same object for the same video.
/// </summary>
public static class TranslationJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Glosses and sentences stay readable (ü, ß, 你好) rather than \u-escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

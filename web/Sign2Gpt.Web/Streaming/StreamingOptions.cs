using System.ComponentModel.DataAnnotations;

namespace Sign2Gpt.Web.Streaming;

/// <summary>Where the gRPC ingest stream listens ("Streaming" section).</summary>
public sealed class StreamingOptions : IValidatableObject
{
    public const string Section = "Streaming";

    /// <summary>
    /// The gRPC endpoint, plaintext HTTP/2 only, beside the HTTP API's URLs. Its port must be fixed (not 0) and differ
    /// from theirs, since the port is what tells Kestrel which endpoint speaks HTTP/2 alone.
    /// </summary>
    [Required]
    public string Url { get; set; } = "http://127.0.0.1:5081";

    public int Port => Uri.TryCreate(Url, UriKind.Absolute, out var url) ? url.Port : 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp || url.Port <= 0)
        {
            yield return new ValidationResult(
                $"Streaming:Url must be an http:// URL with a fixed port, not '{Url}'.", [nameof(Url)]);
        }
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace Sign2Gpt.Client;

/// <summary>Reads the API's <c>{ "error": { "code", "message" } }</c>, shared by the ingest and the admin client.</summary>
internal static class ApiRefusal
{
    /// <summary>The server's error; a body without one (a proxy's page, a problem document) still names the status.</summary>
    public static async Task<IngestError> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        IngestError? error = null;
        try
        {
            error = (await response.Content.ReadFromJsonAsync<IngestErrorBody>(IngestJson.Options, cancellationToken))?.Error;
        }
        catch (JsonException)
        {
            // Not the API's error body: the status has to do.
        }

        return error ?? new IngestError($"http_{(int)response.StatusCode}", $"The server refused the request: {(int)response.StatusCode} {response.ReasonPhrase}.");
    }
}

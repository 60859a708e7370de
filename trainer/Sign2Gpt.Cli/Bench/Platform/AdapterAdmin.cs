using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>
/// The two operator calls of an adapter rollout the bench makes (publish, promote). The reference client has no
/// admin side, since phones never roll out adapters; this is the least of HTTP that the admin API needs.
/// </summary>
internal sealed class AdapterAdmin(Uri server, string operatorKey) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", operatorKey) } };

    public async Task PublishAsync(string language, byte[] adapterFile, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(adapterFile);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await _http.PostAsync(new Uri($"v1/admin/adapters/{language}/versions", UriKind.Relative), content, cancellationToken);
        await EnsureSuccessAsync(response, "publish", cancellationToken);
    }

    public async Task PromoteAsync(string language, int version, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri($"v1/admin/adapters/{language}/promote", UriKind.Relative), new { version }, cancellationToken);
        await EnsureSuccessAsync(response, "promote", cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"The admin API refused to {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}", null, response.StatusCode);
        }
    }
}

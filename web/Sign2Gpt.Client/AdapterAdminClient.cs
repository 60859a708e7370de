using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sign2Gpt.Client;

/// <summary>
/// The operator's side of the admin API: publish an adapter version (the server validates it against the loaded base
/// model before anyone can be routed to it), canary, promote, roll back, pin tenants. Requests are sent once: a
/// publish or a promotion repeated behind the operator's back could change more than was asked.
/// </summary>
/// <param name="http">An HttpClient whose BaseAddress is the server and which sends the operator key (see
/// <see cref="CreateHttpClient"/>); it stays the caller's to dispose.</param>
public sealed class AdapterAdminClient(HttpClient http)
{
    /// <summary>An HttpClient for <paramref name="server"/> that authenticates with <paramref name="operatorKey"/>.</summary>
    /// <param name="handler">A handler of the caller's; disposed with the client.</param>
    public static HttpClient CreateHttpClient(Uri server, string operatorKey, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorKey);
        var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        client.BaseAddress = server;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", operatorKey);
        return client;
    }

    /// <summary>Published versions, the live one, the canary, pins and history of <paramref name="language"/>.</summary>
    public Task<AdminRollout> GetRolloutAsync(string language, CancellationToken cancellationToken = default) =>
        SendAsync<AdminRollout>(new HttpRequestMessage(HttpMethod.Get, Adapters(language, "")), cancellationToken);

    /// <summary>Publishes an <c>.onnx_adapter</c> file; its adapter_version is the version. It serves no one until rolled out.</summary>
    /// <param name="bleu4">BLEU-4 of the adapter on held-out data, kept with the version.</param>
    /// <param name="rougeL">ROUGE-L likewise.</param>
    /// <param name="tenantId">The tenant whose data trained it; null for a global adapter.</param>
    /// <exception cref="AdminClientException">Code <see cref="AdminClientException.AdapterRejected"/> with every problem
    /// the server found (unreadable, another model, wrong names or shapes, a version already taken); the live version
    /// keeps serving.</exception>
    public Task<AdminAdapterVersion> PublishAsync(
        string language,
        byte[] adapter,
        double? bleu4 = null,
        double? rougeL = null,
        string? tenantId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var query = new List<string>();
        if (bleu4 is { } b)
        {
            query.Add("bleu4=" + b.ToString("R", CultureInfo.InvariantCulture));
        }

        if (rougeL is { } r)
        {
            query.Add("rougeL=" + r.ToString("R", CultureInfo.InvariantCulture));
        }

        if (tenantId is not null)
        {
            query.Add("tenant=" + Uri.EscapeDataString(tenantId));
        }

        var content = new ByteArrayContent(adapter);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var path = Adapters(language, "versions" + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        return SendAsync<AdminAdapterVersion>(new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, cancellationToken);
    }

    /// <summary>Routes <paramref name="share"/> (in (0, 1]) of new sessions to a published version.</summary>
    public Task<AdminRollout> StartCanaryAsync(string language, int version, double share, CancellationToken cancellationToken = default) =>
        SendAsync<AdminRollout>(Json(HttpMethod.Post, Adapters(language, "canary"), new IngestJson.CanaryChange(version, share)), cancellationToken);

    /// <summary>Makes a published version live for everyone not pinned, ending any canary.</summary>
    public Task<AdminRollout> PromoteAsync(string language, int version, CancellationToken cancellationToken = default) =>
        SendAsync<AdminRollout>(Json(HttpMethod.Post, Adapters(language, "promote"), new IngestJson.VersionChange(version)), cancellationToken);

    /// <summary>Goes back to the version live before the current one, ending any canary.</summary>
    public Task<AdminRollout> RollBackAsync(string language, CancellationToken cancellationToken = default) =>
        SendAsync<AdminRollout>(new HttpRequestMessage(HttpMethod.Post, Adapters(language, "rollback")), cancellationToken);

    /// <summary>Pins a tenant to a version, or lets it follow the rollout again with null.</summary>
    public Task<AdminRollout> PinAsync(string language, string tenantId, int? version, CancellationToken cancellationToken = default)
    {
        var path = Adapters(language, "pins/" + Uri.EscapeDataString(tenantId));
        var request = version is { } pinned
            ? Json(HttpMethod.Put, path, new IngestJson.VersionChange(pinned))
            : new HttpRequestMessage(HttpMethod.Delete, path);
        return SendAsync<AdminRollout>(request, cancellationToken);
    }

    private static Uri Adapters(string language, string rest)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var path = "v1/admin/adapters/" + Uri.EscapeDataString(language);
        return new Uri(rest.Length == 0 ? path : $"{path}/{rest}", UriKind.Relative);
    }

    private static HttpRequestMessage Json<TBody>(HttpMethod method, Uri path, TBody body) =>
        new(method, path) { Content = JsonContent.Create(body, options: IngestJson.Options) };

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new AdminClientException(
                    AdminClientException.ServerUnreachable, $"No answer from {http.BaseAddress}: {exception.Message}", null, exception);
            }

            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    var error = await ApiRefusal.ReadAsync(response, cancellationToken);
                    throw new AdminClientException(error.Code, error.Message, response.StatusCode);
                }

                try
                {
                    return await response.Content.ReadFromJsonAsync<T>(IngestJson.Options, cancellationToken)
                        ?? throw new AdminClientException(AdminClientException.UnexpectedResponse, $"The server answered {request.RequestUri} with an empty body.");
                }
                catch (JsonException exception)
                {
                    throw new AdminClientException(
                        AdminClientException.UnexpectedResponse,
                        $"The server's answer to {request.RequestUri} is not the expected JSON: {exception.Message}",
                        response.StatusCode,
                        exception);
                }
            }
        }
    }
}

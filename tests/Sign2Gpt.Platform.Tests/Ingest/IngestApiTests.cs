using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Ingest;

[Collection(PlatformCollection.Name)]
public sealed class IngestApiTests(PlatformCluster platform)
{
    [Fact]
    public async Task A_client_uploads_chunks_over_http_resends_one_and_gets_the_offline_translation_as_the_final_event()
    {
        var expected = await DemoVideo.TranslateOfflineAsync("de");
        await using var host = await IngestHost.StartAsync(platform);
        using var http = host.Client(await Infrastructure.Tenants.IssueKeyAsync(platform.Grains));

        var sessionUrl = await CreateSessionAsync(http);
        var chunks = DemoVideo.Chunks(48 * 1024);
        for (var i = 0; i < chunks.Count; i++)
        {
            var receipt = await PutChunkAsync(http, sessionUrl, i, chunks[i]);
            Assert.Equal(("accepted", i + 1), (receipt.GetProperty("status").GetString(), receipt.GetProperty("next_expected").GetInt32()));
        }

        var resent = await PutChunkAsync(http, sessionUrl, 0, chunks[0]);
        Assert.Equal("duplicate", resent.GetProperty("status").GetString());
        using (var end = await http.PostAsJsonAsync($"{sessionUrl}/end", new { last_sequence = chunks.Count - 1 }))
        {
            Assert.Equal(HttpStatusCode.Accepted, end.StatusCode);
        }

        var last = await LastEventAsync(http, $"{sessionUrl}/events");

        Assert.Equal("completed", last.GetProperty("status").GetString());
        Assert.Equal(expected.Text, last.GetProperty("final").GetProperty("text").GetString());
        Assert.Equal("de@v1", last.GetProperty("final").GetProperty("adapter").GetString());
    }

    [Fact]
    public async Task Requests_without_a_valid_key_are_refused_and_another_tenants_session_does_not_exist_for_them()
    {
        await using var host = await IngestHost.StartAsync(platform);
        using var owner = host.Client(await Infrastructure.Tenants.IssueKeyAsync(platform.Grains));
        using var stranger = host.Client(await Infrastructure.Tenants.IssueKeyAsync(platform.Grains));
        using var anonymous = host.Client(null);
        using var forged = host.Client(ApiKeyFormat.Compose("demo", "0000", "not-the-secret"));
        var sessionUrl = await CreateSessionAsync(owner);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(sessionUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync(sessionUrl)).StatusCode);
        using var foreign = await stranger.GetAsync(sessionUrl);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsync($"{sessionUrl}/chunks/0", Bytes([1, 2, 3]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(sessionUrl)).StatusCode);
    }

    [Fact]
    public async Task Bad_requests_get_a_status_and_a_coded_error_and_the_session_keeps_what_it_had()
    {
        await using var host = await IngestHost.StartAsync(platform);
        using var http = host.Client(await Infrastructure.Tenants.IssueKeyAsync(platform.Grains));
        var sessionUrl = await CreateSessionAsync(http);
        var chunks = DemoVideo.Chunks(16 * 1024);
        await PutChunkAsync(http, sessionUrl, 0, chunks[0]);

        await AssertErrorAsync(await http.PutAsync($"{sessionUrl}/chunks/0", Bytes(chunks[1])), HttpStatusCode.Conflict, "chunk_conflict");
        await AssertErrorAsync(await http.PutAsync($"{sessionUrl}/chunks/1", Bytes(new byte[3 * 1024 * 1024])), HttpStatusCode.RequestEntityTooLarge, "chunk_too_large");
        await AssertErrorAsync(await http.PutAsync($"{sessionUrl}/chunks/5000", Bytes(chunks[1])), HttpStatusCode.BadRequest, "chunk_out_of_range");
        await AssertErrorAsync(await http.PostAsJsonAsync("/v1/sessions", new { language = "xx", format = "container", fps = 25 }), HttpStatusCode.BadRequest, "language_not_enabled");

        var snapshot = await http.GetFromJsonAsync<JsonElement>(sessionUrl);
        Assert.Equal(1, snapshot.GetProperty("next_expected").GetInt32());
        Assert.Equal(chunks[0].Length, snapshot.GetProperty("bytes_received").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_session_routes()
    {
        await using var host = await IngestHost.StartAsync(platform);
        using var http = host.Client(null);

        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v1/sessions", out _));
        Assert.True(paths.TryGetProperty("/v1/sessions/{id}/chunks/{sequence}", out _));
    }

    private static async Task<string> CreateSessionAsync(HttpClient http)
    {
        using var created = await http.PostAsJsonAsync("/v1/sessions", new { language = "de", format = "container", fps = 25 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return created.Headers.Location!.ToString();
    }

    private static async Task<JsonElement> PutChunkAsync(HttpClient http, string sessionUrl, int sequence, byte[] data)
    {
        using var response = await http.PutAsync($"{sessionUrl}/chunks/{sequence}", Bytes(data));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static ByteArrayContent Bytes(byte[] data)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    /// <summary>Reads the server-sent events to the end of the stream and returns the last snapshot.</summary>
    private static async Task<JsonElement> LastEventAsync(HttpClient http, string url)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        JsonElement? last = null;
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                last = JsonDocument.Parse(line["data:".Length..]).RootElement.Clone();
            }
        }

        return last ?? throw new InvalidOperationException("The event stream ended without an event.");
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(code, body.GetProperty("error").GetProperty("code").GetString());
        }
    }
}

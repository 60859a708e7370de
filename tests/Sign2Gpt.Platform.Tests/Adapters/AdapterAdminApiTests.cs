using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Adapters;

[Collection(PlatformCollection.Name)]
public sealed class AdapterAdminApiTests(PlatformCluster platform)
{
    [Fact]
    public async Task The_operator_publishes_promotes_and_rolls_back_over_http_and_nobody_else_can()
    {
        await using var host = await IngestHost.StartAsync(platform);
        using var operatorClient = host.Client(IngestHost.OperatorKey);
        using var stranger = host.Client("s2g.demo.0000.not-an-operator");
        var version = (await platform.Grains.GetGrain<IAdapterRegistryGrain>("de").GetRolloutAsync()).Versions.Select(v => v.Version).DefaultIfEmpty(1).Max() + 1;
        var shipped = LoraAdapterFile.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "models", "demo", "adapters", "de.onnx_adapter")));
        var adapter = LoraAdapterFile.Write(new LoraAdapter(version, shipped.ModelVersion, shipped.Parameters));

        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.PostAsync("/v1/admin/adapters/de/versions", Bytes(adapter))).StatusCode);
        using (var bad = await operatorClient.PostAsync("/v1/admin/adapters/de/versions", Bytes([1, 2, 3])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("adapter_rejected", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        }

        using (var created = await operatorClient.PostAsync("/v1/admin/adapters/de/versions?bleu4=12.5", Bytes(adapter)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var promoted = await (await operatorClient.PostAsJsonAsync("/v1/admin/adapters/de/promote", new { version })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version, promoted.GetProperty("live").GetInt32());
        var rolledBack = await operatorClient.PostAsync("/v1/admin/adapters/de/rollback", null);
        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);

        var rollout = await operatorClient.GetFromJsonAsync<JsonElement>("/v1/admin/adapters/de");
        Assert.Equal(JsonValueKind.Null, rollout.GetProperty("live").ValueKind);
        var published = rollout.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == version);
        Assert.Equal(12.5, published.GetProperty("metrics").GetProperty("bleu4").GetDouble());
        Assert.Equal(["publish", "promote", "rollback"], rollout.GetProperty("history").EnumerateArray().TakeLast(3).Select(e => e.GetProperty("action").GetString()));
    }

    private static ByteArrayContent Bytes(byte[] data)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}

using System.Net;
using Sign2Gpt.Client;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Adapters;

[Collection(PlatformCollection.Name)]
public sealed class AdapterAdminClientTests(PlatformCluster platform)
{
    [Fact]
    public async Task A_valid_adapter_is_published_with_its_metrics_and_can_be_promoted_through_the_client()
    {
        await using var host = await IngestHost.StartAsync(platform);
        using var http = AdapterAdminClient.CreateHttpClient(host.Address, IngestHost.OperatorKey);
        var client = new AdapterAdminClient(http);
        var version = await DemoAdapters.NextVersionAsync(platform.Grains.GetGrain<IAdapterRegistryGrain>("de"));

        var published = await client.PublishAsync("de", DemoAdapters.Relabelled("en", version), bleu4: 12.5, rougeL: 30.25);
        try
        {
            Assert.Equal(("de", version, "operator"), (published.Language, published.Version, published.PublishedBy));
            Assert.Equal(12.5, published.Metrics["bleu4"]);
            Assert.Equal(30.25, published.Metrics["rougeL"]);
            Assert.Equal(64, published.Sha256.Length);

            var canary = await client.StartCanaryAsync("de", version, 0.5);
            Assert.Equal((version, 0.5), (canary.Canary, canary.CanaryShare));
            var promoted = await client.PromoteAsync("de", version);
            Assert.Equal((version, (int?)null), (promoted.Live, promoted.Canary));
            var rollout = await client.GetRolloutAsync("de");
            Assert.Equal(version, rollout.Live);
            Assert.Equal(["publish", "canary", "promote"], rollout.History.TakeLast(3).Select(e => e.Action));
        }
        finally
        {
            // Other tests expect German on the shipped adapter.
            Assert.Null((await client.RollBackAsync("de")).Live);
        }
    }

    [Fact]
    public async Task A_bad_adapter_is_rejected_with_the_reason_and_the_live_version_is_unchanged()
    {
        await using var host = await IngestHost.StartAsync(platform);
        using var http = AdapterAdminClient.CreateHttpClient(host.Address, IngestHost.OperatorKey);
        var client = new AdapterAdminClient(http);
        var before = await client.GetRolloutAsync("de");
        var version = await DemoAdapters.NextVersionAsync(platform.Grains.GetGrain<IAdapterRegistryGrain>("de"));
        var good = LoraAdapterFile.Read(DemoAdapters.Relabelled("de", version));
        var first = good.Parameters.First(p => p.Dims.Length == 2 && p.Dims[0] != p.Dims[1]);
        var misshapen = new LoraAdapter(
            version, good.ModelVersion, [new LoraParameter(first.Name, [.. first.Dims.Reverse()], first.DataType, first.RawData), .. good.Parameters.Where(p => p != first)]);

        var garbage = await Assert.ThrowsAsync<AdminClientException>(() => client.PublishAsync("de", [1, 2, 3, 4, 5, 6, 7, 8]));
        var shapes = await Assert.ThrowsAsync<AdminClientException>(() => client.PublishAsync("de", LoraAdapterFile.Write(misshapen)));

        Assert.Equal((AdminClientException.AdapterRejected, HttpStatusCode.BadRequest), (garbage.Code, garbage.StatusCode));
        Assert.Contains("Not an ONNX Runtime adapter", garbage.ServerMessage, StringComparison.Ordinal);
        Assert.Equal(AdminClientException.AdapterRejected, shapes.Code);
        Assert.Contains(first.Name, shapes.ServerMessage, StringComparison.Ordinal);
        var after = await client.GetRolloutAsync("de");
        Assert.Equal(before.Live, after.Live);
        Assert.Equal(before.Versions.Count, after.Versions.Count);
        Assert.DoesNotContain(after.Versions, v => v.Version == version);
    }

    [Fact]
    public async Task A_wrong_operator_key_is_refused_and_publishes_nothing()
    {
        await using var host = await IngestHost.StartAsync(platform);
        using var strangerHttp = AdapterAdminClient.CreateHttpClient(host.Address, "not-the-operator-key");
        using var operatorHttp = AdapterAdminClient.CreateHttpClient(host.Address, IngestHost.OperatorKey);
        var stranger = new AdapterAdminClient(strangerHttp);
        var version = await DemoAdapters.NextVersionAsync(platform.Grains.GetGrain<IAdapterRegistryGrain>("de"));

        var refused = await Assert.ThrowsAsync<AdminClientException>(() => stranger.PublishAsync("de", DemoAdapters.Relabelled("de", version)));
        var promote = await Assert.ThrowsAsync<AdminClientException>(() => stranger.PromoteAsync("de", 1));

        Assert.Equal((AdminClientException.Unauthorized, HttpStatusCode.Unauthorized), (refused.Code, refused.StatusCode));
        Assert.Contains("operator key", refused.ServerMessage, StringComparison.Ordinal);
        Assert.Equal(AdminClientException.Unauthorized, promote.Code);
        Assert.DoesNotContain((await new AdapterAdminClient(operatorHttp).GetRolloutAsync("de")).Versions, v => v.Version == version);
    }
}

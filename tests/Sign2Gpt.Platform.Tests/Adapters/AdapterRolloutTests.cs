using System.Collections.Concurrent;
using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Adapters;

[Collection(PlatformCollection.Name)]
public sealed class AdapterRolloutTests(PlatformCluster platform)
{
    [Fact]
    public async Task Translations_switch_from_version_A_to_B_under_continuous_load_with_no_failed_session()
    {
        // Version B for German: the English adapter's weights, so its translations visibly differ.
        var registry = platform.Grains.GetGrain<IAdapterRegistryGrain>("de");
        var versionB = await DemoAdapters.NextVersionAsync(registry);
        var tenantId = await Infrastructure.Tenants.CreateAsync(platform.Grains, maxSessions: 50);
        var results = new ConcurrentQueue<(DateTimeOffset Started, SessionSnapshot Done)>();
        var errors = new ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var started = DateTimeOffset.UtcNow;
                    results.Enqueue((started, await TranslateAsync(tenantId)));
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }
        })).ToArray();

        await WaitUntilAsync(() => results.Count >= 2);
        var info = await registry.PublishAsync(new AdapterPublication(DemoAdapters.Blind("de", versionB), null, "tests", new Dictionary<string, double> { ["bleu4"] = 1 }));
        Assert.Equal($"de@v{versionB}", info.Name);
        await registry.PromoteAsync(versionB, "tests");
        var promoted = DateTimeOffset.UtcNow;
        await WaitUntilAsync(() => results.Count(r => r.Started > promoted) >= 2);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Empty(errors);
        Assert.All(results, r => Assert.Equal(SessionStatus.Completed, r.Done.Status));
        var before = results.Where(r => r.Done.Final!.Adapter == "de@v1").Select(r => r.Done.Final!.Text).Distinct().ToList();
        var after = results.Where(r => r.Started > promoted).Select(r => (r.Done.Final!.Adapter, r.Done.Final.Text)).Distinct().ToList();
        var textA = Assert.Single(before);
        var (adapterB, textB) = Assert.Single(after);
        Assert.Equal($"de@v{versionB}", adapterB);
        Assert.NotEqual(textA, textB);
        Assert.All(results, r => Assert.Contains(r.Done.Final!.Text, new[] { textA, textB }));

        await registry.RollBackAsync("tests");
        Assert.Equal(textA, (await TranslateAsync(tenantId)).Final!.Text);
        var history = (await registry.GetRolloutAsync()).History.Select(e => e.Action).ToList();
        Assert.Equal(["publish", "promote", "rollback"], history.TakeLast(3));
    }

    [Fact]
    public async Task A_canary_takes_its_share_of_new_sessions_and_a_pinned_tenant_always_gets_its_version()
    {
        var registry = platform.Grains.GetGrain<IAdapterRegistryGrain>("en");
        var version = await DemoAdapters.NextVersionAsync(registry);
        await registry.PublishAsync(new AdapterPublication(DemoAdapters.Relabelled("de", version), null, "tests", new Dictionary<string, double>()));

        await registry.StartCanaryAsync(version, 0.25, "tests");
        var chosen = await Task.WhenAll(Enumerable.Range(0, 400).Select(_ => registry.ResolveAsync("t-any", Guid.NewGuid())));
        var share = chosen.Count(v => v == version) / 400.0;
        Assert.InRange(share, 0.15, 0.35);
        var session = Guid.NewGuid();
        Assert.Equal(await registry.ResolveAsync("t-any", session), await registry.ResolveAsync("t-any", session));

        await registry.PinTenantAsync("t-pinned", version, "tests");
        Assert.All(await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => registry.ResolveAsync("t-pinned", Guid.NewGuid()))), v => Assert.Equal(version, v));
        await registry.PinTenantAsync("t-pinned", null, "tests");
        var rollout = await registry.PromoteAsync(version, "tests");
        Assert.Equal((version, (int?)null), (rollout.Live, rollout.Canary));

        // Other tests expect English on the shipped adapter.
        Assert.Null((await registry.RollBackAsync("tests")).Live);
    }

    [Fact]
    public async Task Bad_adapters_are_refused_with_the_reason_and_the_live_version_keeps_serving()
    {
        var registry = platform.Grains.GetGrain<IAdapterRegistryGrain>("de");
        var live = (await registry.GetRolloutAsync()).Live;
        var version = await DemoAdapters.NextVersionAsync(registry);
        var good = LoraAdapterFile.Read(DemoAdapters.Relabelled("de", version));
        var first = good.Parameters.First(p => p.Dims.Length == 2 && p.Dims[0] != p.Dims[1]);
        var others = good.Parameters.Where(p => p != first).ToList();
        var misshapen = new LoraAdapter(version, good.ModelVersion, [new LoraParameter(first.Name, [.. first.Dims.Reverse()], first.DataType, first.RawData), .. others]);
        var renamed = new LoraAdapter(version, good.ModelVersion, [new LoraParameter("no_such_input", first.Dims, first.DataType, first.RawData), .. others]);

        var garbage = await Reject(registry, [1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.Contains("Not an ONNX Runtime adapter", garbage, StringComparison.Ordinal);
        Assert.Contains(first.Name, await Reject(registry, LoraAdapterFile.Write(misshapen)), StringComparison.Ordinal);
        Assert.Contains("no_such_input", await Reject(registry, LoraAdapterFile.Write(renamed)), StringComparison.Ordinal);
        Assert.Contains("model version", await Reject(registry, LoraAdapterFile.Write(new LoraAdapter(version, good.ModelVersion + 1, good.Parameters))), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("shipped", await Reject(registry, DemoAdapters.Relabelled("de", 1)), StringComparison.Ordinal);

        Assert.Equal(live, (await registry.GetRolloutAsync()).Live);
        Assert.DoesNotContain((await registry.GetRolloutAsync()).Versions, v => v.Version == version);
    }

    private async Task<SessionSnapshot> TranslateAsync(string tenantId)
    {
        var session = platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(new SessionStart(tenantId, "user", "de", VideoChunkFormat.Container, 25));
        var chunks = DemoVideo.Chunks(256 * 1024);
        for (var i = 0; i < chunks.Count; i++)
        {
            await session.AppendChunkAsync(new VideoChunk(i, chunks[i]));
        }

        await session.EndAsync(chunks.Count - 1);
        return await Infrastructure.Sessions.WaitForEndAsync(session, TimeSpan.FromSeconds(120));
    }

    private static async Task<string> Reject(IAdapterRegistryGrain registry, byte[] bytes) =>
        (await Assert.ThrowsAsync<AdapterRejectedException>(() => registry.PublishAsync(new AdapterPublication(bytes, null, "tests", new Dictionary<string, double>())))).Message;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the load did not get that far in 3 minutes");
            await Task.Delay(100);
        }
    }
}

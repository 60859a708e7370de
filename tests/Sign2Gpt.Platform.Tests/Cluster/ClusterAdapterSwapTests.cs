using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Cluster;

[Collection(ProcessClusterCollection.Name)]
public sealed class ClusterAdapterSwapTests(ProcessCluster cluster)
{
    [Fact]
    public async Task A_version_published_and_promoted_through_the_registry_serves_new_sessions_on_both_silo_processes()
    {
        var registry = cluster.Grains.GetGrain<IAdapterRegistryGrain>("de");
        var version = await DemoAdapters.NextVersionAsync(registry);
        await registry.PublishAsync(new AdapterPublication(DemoAdapters.Relabelled("en", version), null, "tests", new Dictionary<string, double>()));
        await registry.PromoteAsync(version, "tests");
        try
        {
            var tenantId = await Infrastructure.Tenants.CreateAsync(cluster.Grains, maxSessions: 1000);
            var sessions = await OnePerSiloAsync(tenantId);
            var chunks = DemoVideo.Chunks(64 * 1024);

            var done = await Task.WhenAll(sessions.Select(async session =>
            {
                await Infrastructure.Sessions.SendAsync(session, chunks, 0, chunks.Count);
                await session.EndAsync(chunks.Count - 1);
                return await Infrastructure.Sessions.WaitForEndAsync(session, TimeSpan.FromMinutes(2));
            }));

            Assert.All(done, snapshot => Assert.Equal(SessionStatus.Completed, snapshot.Status));
            Assert.All(done, snapshot => Assert.Equal($"de@v{version}", snapshot.Final!.Adapter));
            Assert.Single(done.Select(snapshot => snapshot.Final!.Text).Distinct());
        }
        finally
        {
            // The other tests of the collection expect German on the shipped adapter.
            await registry.RollBackAsync("tests");
        }
    }

    /// <summary>
    /// Sessions Orleans placed on each silo process: started (which fixes their adapter) until both silos hold one.
    /// Placement favours the silo whose gateway carried the call, so this keeps trying for a while: after the
    /// silos restart, the client may know only one gateway until its next look at the membership.
    /// </summary>
    private async Task<IReadOnlyList<ISessionGrain>> OnePerSiloAsync(string tenantId)
    {
        var management = cluster.Grains.GetGrain<IManagementGrain>(0);
        var bySilo = new Dictionary<SiloProcess, ISessionGrain>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (bySilo.Count < cluster.Silos.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            var session = cluster.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
            await session.StartAsync(new SessionStart(tenantId, "user", "de", VideoChunkFormat.Container, 25));
            if (await management.GetActivationAddress(session) is { } address)
            {
                bySilo.TryAdd(cluster.SiloAt(address), session);
            }
        }

        Assert.Equal(cluster.Silos.Count, bySilo.Count);
        return [.. bySilo.Values];
    }
}

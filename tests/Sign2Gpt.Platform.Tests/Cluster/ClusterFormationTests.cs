using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Cluster;

[Collection(ProcessClusterCollection.Name)]
public sealed class ClusterFormationTests(ProcessCluster cluster)
{
    [Fact]
    public async Task Two_silo_processes_form_one_cluster_in_redis_and_an_external_client_runs_a_session_end_to_end()
    {
        var active = await cluster.ActiveSilosAsync();
        Assert.Equal(cluster.Silos.Select(s => s.SiloPort).Order(), active.Keys.Select(a => a.Endpoint.Port).Order());
        Assert.All(active.Values, status => Assert.Equal(SiloStatus.Active, status));

        var expected = await DemoVideo.TranslateOfflineAsync("de");
        var tenantId = await Infrastructure.Tenants.CreateAsync(cluster.Grains);
        var session = cluster.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(new SessionStart(tenantId, "user", "de", VideoChunkFormat.Container, 25));
        var chunks = DemoVideo.Chunks(64 * 1024);
        await Infrastructure.Sessions.SendAsync(session, chunks, 0, chunks.Count);
        await session.EndAsync(chunks.Count - 1);
        var done = await Infrastructure.Sessions.WaitForEndAsync(session, TimeSpan.FromMinutes(2));

        Assert.Equal(SessionStatus.Completed, done.Status);
        Assert.Equal(expected.Text, done.Final!.Text);
        Assert.Equal(expected.Frames, done.Final.Frames);
    }
}

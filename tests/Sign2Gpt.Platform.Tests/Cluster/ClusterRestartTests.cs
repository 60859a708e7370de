using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Cluster;

[Collection(ProcessClusterCollection.Name)]
public sealed class ClusterRestartTests(ProcessCluster cluster)
{
    private static readonly TimeSpan TranslationTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_session_survives_kill_9_of_both_silo_processes_and_ends_as_an_undisturbed_one_does()
    {
        var tenantId = await Infrastructure.Tenants.CreateAsync(cluster.Grains);
        var chunks = DemoVideo.Chunks(32 * 1024);
        var half = chunks.Count / 2;
        var undisturbed = await StartAsync(tenantId);
        await Infrastructure.Sessions.SendAsync(undisturbed, chunks, 0, chunks.Count);
        await undisturbed.EndAsync(chunks.Count - 1);
        var expected = (await Infrastructure.Sessions.WaitForEndAsync(undisturbed, TranslationTimeout)).Final!;

        var session = await StartAsync(tenantId);
        await Infrastructure.Sessions.SendAsync(session, chunks, 0, half);
        await cluster.KillAndRestartAllAsync();

        var resumed = await session.GetAsync();
        Assert.Equal((SessionStatus.Receiving, (long)half), (resumed.Status, resumed.NextExpected));
        Assert.Equal(ChunkStatus.Duplicate, (await session.AppendChunkAsync(new VideoChunk(half - 1, chunks[half - 1]))).Status);
        await Infrastructure.Sessions.SendAsync(session, chunks, half, chunks.Count);
        await session.EndAsync(chunks.Count - 1);
        var done = await Infrastructure.Sessions.WaitForEndAsync(session, TranslationTimeout);

        Assert.Equal(SessionStatus.Completed, done.Status);
        Assert.Equal((expected.Text, expected.Frames, expected.Adapter), (done.Final!.Text, done.Final.Frames, done.Final.Adapter));
    }

    private async Task<ISessionGrain> StartAsync(string tenantId)
    {
        var session = cluster.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(new SessionStart(tenantId, "user", "en", VideoChunkFormat.Container, 25));
        return session;
    }
}

using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Platform.Tests.Infrastructure;
using Sign2Gpt.Silo.Serving;

namespace Sign2Gpt.Platform.Tests.Serving;

[Collection(PlatformCollection.Name)]
public sealed class BackboneBatchingTests(PlatformCluster platform)
{
    [Fact]
    public async Task Frames_of_concurrent_sessions_share_backbone_batches_and_each_session_gets_its_own_translation()
    {
        var tenantId = await Infrastructure.Tenants.CreateAsync(platform.Grains);
        var worker = platform.Grains.GetGrain<IInferenceGrain>(new InferenceWorkerKey("cpu", platform.Cluster.Primary!.SiloAddress).ToString());
        var before = (await worker.GetStatusAsync()).Backbone;
        var chunks = DemoVideo.Chunks(64 * 1024);
        var sessions = Enumerable.Range(0, 4).Select(_ => platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid())).ToList();

        await Task.WhenAll(sessions.Select(async session =>
        {
            await session.StartAsync(new SessionStart(tenantId, "user", "de", VideoChunkFormat.Container, 25));
            for (var i = 0; i < chunks.Count; i++)
            {
                await session.AppendChunkAsync(new VideoChunk(i, chunks[i]));
            }

            await session.EndAsync(chunks.Count - 1);
        }));
        var ends = await Task.WhenAll(sessions.Select(s => Infrastructure.Sessions.WaitForEndAsync(s, TimeSpan.FromMinutes(3))));
        var after = (await worker.GetStatusAsync()).Backbone;

        Assert.All(ends, end => Assert.Equal(SessionStatus.Completed, end.Status));
        Assert.Single(ends.Select(end => end.Final!.Text).Distinct());
        var frames = after.Items - before.Items;
        Assert.Equal(ends.Sum(end => end.Final!.Frames), frames);

        // A session sends at most 16 frames at a time and waits for them: a larger batch holds frames of several sessions.
        Assert.True(after.LargestBatch > 16, $"largest batch {after.LargestBatch}");
        Assert.True(after.Batches - before.Batches < frames / 16.0, $"{after.Batches - before.Batches} batches for {frames} frames");
    }
}

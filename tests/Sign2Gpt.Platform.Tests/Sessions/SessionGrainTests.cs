using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Platform.Tests.Infrastructure;
using Sign2Gpt.Silo.Sessions;
using StackExchange.Redis;

namespace Sign2Gpt.Platform.Tests.Sessions;

[Collection(PlatformCollection.Name)]
public sealed class SessionGrainTests(PlatformCluster platform)
{
    private static readonly TimeSpan TranslationTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Chunks_are_taken_in_order_duplicates_are_no_ops_and_a_gap_is_held_until_filled()
    {
        var session = await StartAsync();
        var chunks = DemoVideo.Chunks(16 * 1024);

        var held = await session.AppendChunkAsync(new VideoChunk(1, chunks[1]));
        Assert.Equal((ChunkStatus.Held, 0L, 1), (held.Status, held.NextExpected, held.Held));
        var again = await session.AppendChunkAsync(new VideoChunk(1, chunks[1]));
        Assert.Equal(ChunkStatus.Duplicate, again.Status);

        var filled = await session.AppendChunkAsync(new VideoChunk(0, chunks[0]));
        Assert.Equal((ChunkStatus.Accepted, 2L, 0), (filled.Status, filled.NextExpected, filled.Held));
        Assert.Equal(ChunkStatus.Duplicate, (await session.AppendChunkAsync(new VideoChunk(0, chunks[0]))).Status);

        var conflict = await Assert.ThrowsAsync<SessionRejectedException>(() => session.AppendChunkAsync(new VideoChunk(0, chunks[2])));
        Assert.Equal(RejectionCode.ChunkConflict, conflict.Code);
        var far = await Assert.ThrowsAsync<SessionRejectedException>(() => session.AppendChunkAsync(new VideoChunk(10_000, chunks[2])));
        Assert.Equal(RejectionCode.ChunkOutOfRange, far.Code);
        var large = await Assert.ThrowsAsync<SessionRejectedException>(() => session.AppendChunkAsync(new VideoChunk(2, new byte[3 * 1024 * 1024])));
        Assert.Equal(RejectionCode.ChunkTooLarge, large.Code);

        var snapshot = await session.GetAsync();
        Assert.Equal(2, snapshot.NextExpected);
        Assert.Equal(chunks[0].Length + chunks[1].Length, snapshot.BytesReceived);
    }

    [Fact]
    public async Task A_video_streamed_out_of_order_translates_as_the_offline_pipeline_does()
    {
        var expected = await DemoVideo.TranslateOfflineAsync("de");
        var session = await StartAsync();
        var chunks = DemoVideo.Chunks(32 * 1024);

        // Pairs swapped: every odd chunk arrives before the even one it follows.
        for (var i = 0; i < chunks.Count; i += 2)
        {
            if (i + 1 < chunks.Count)
            {
                await session.AppendChunkAsync(new VideoChunk(i + 1, chunks[i + 1]));
            }

            await session.AppendChunkAsync(new VideoChunk(i, chunks[i]));
        }

        await session.EndAsync(chunks.Count - 1);
        var done = await Infrastructure.Sessions.WaitForEndAsync(session, TranslationTimeout);

        Assert.Equal(SessionStatus.Completed, done.Status);

        // Its chunk bytes are gone once it ended: nothing replays an ended session.
        using var redis = await ConnectionMultiplexer.ConnectAsync(platform.Redis.ConnectionString);
        var store = new RedisChunkStore(redis);
        foreach (var sequence in (long[])[0, chunks.Count - 1])
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => store.LoadAsync(session.GetPrimaryKey(), sequence));
        }
        Assert.NotNull(done.Final);
        Assert.Equal(expected.Text, done.Final.Text);
        Assert.Equal(expected.Frames, done.Final.Frames);
        Assert.True(done.Final.IsFinal);
        Assert.Equal("de@v1", done.Final.Adapter);
    }

    [Fact]
    public async Task Everything_acknowledged_survives_losing_every_silo()
    {
        var expected = await DemoVideo.TranslateOfflineAsync("en");
        var id = Guid.NewGuid();
        var tenantId = await Infrastructure.Tenants.CreateAsync(platform.Grains);
        var chunks = DemoVideo.Chunks(32 * 1024);
        var half = chunks.Count / 2;
        var session = platform.Grains.GetGrain<ISessionGrain>(id);
        await session.StartAsync(new SessionStart(tenantId, "user", "en", VideoChunkFormat.Container, 25));
        for (var i = 0; i < half; i++)
        {
            await session.AppendChunkAsync(new VideoChunk(i, chunks[i]));
        }

        await platform.RestartAsync();

        var settings = await platform.Grains.GetGrain<ITenantGrain>(tenantId).GetSettingsAsync();
        Assert.Equal(["de", "en"], settings!.Languages);
        session = platform.Grains.GetGrain<ISessionGrain>(id);
        var resumed = await session.GetAsync();
        Assert.Equal((SessionStatus.Receiving, (long)half), (resumed.Status, resumed.NextExpected));
        Assert.Equal(ChunkStatus.Duplicate, (await session.AppendChunkAsync(new VideoChunk(half - 1, chunks[half - 1]))).Status);
        for (var i = half; i < chunks.Count; i++)
        {
            await session.AppendChunkAsync(new VideoChunk(i, chunks[i]));
        }

        await session.EndAsync(chunks.Count - 1);
        var done = await Infrastructure.Sessions.WaitForEndAsync(session, TranslationTimeout);

        Assert.Equal(SessionStatus.Completed, done.Status);
        Assert.Equal(expected.Text, done.Final!.Text);
    }

    [Fact]
    public async Task A_gap_that_never_fills_fails_the_session_with_a_clear_error()
    {
        var session = await StartAsync();
        var chunks = DemoVideo.Chunks(16 * 1024);
        await session.AppendChunkAsync(new VideoChunk(0, chunks[0]));
        await session.AppendChunkAsync(new VideoChunk(2, chunks[2]));

        var done = await Infrastructure.Sessions.WaitForEndAsync(session, TimeSpan.FromSeconds(30));

        Assert.Equal(SessionStatus.Failed, done.Status);
        Assert.Equal("gap_timeout", done.Error!.Code);
        Assert.Contains("Chunk 1", done.Error.Message, StringComparison.Ordinal);
        var late = await Assert.ThrowsAsync<SessionRejectedException>(() => session.AppendChunkAsync(new VideoChunk(1, chunks[1])));
        Assert.Equal(RejectionCode.Ended, late.Code);
    }

    [Fact]
    public async Task Bytes_that_are_not_video_fail_the_session_and_other_sessions_carry_on()
    {
        var broken = await StartAsync();
        await broken.AppendChunkAsync(new VideoChunk(0, System.Text.Encoding.ASCII.GetBytes(new string('x', 50_000))));
        await broken.EndAsync(0);
        var healthy = await StartAsync();
        var chunks = DemoVideo.Chunks(64 * 1024);
        for (var i = 0; i < chunks.Count; i++)
        {
            await healthy.AppendChunkAsync(new VideoChunk(i, chunks[i]));
        }

        await healthy.EndAsync(chunks.Count - 1);

        var failed = await Infrastructure.Sessions.WaitForEndAsync(broken, TranslationTimeout);
        Assert.Equal(SessionStatus.Failed, failed.Status);
        Assert.StartsWith("video_", failed.Error!.Code, StringComparison.Ordinal);
        Assert.Equal(SessionStatus.Completed, (await Infrastructure.Sessions.WaitForEndAsync(healthy, TranslationTimeout)).Status);
    }

    private async Task<ISessionGrain> StartAsync()
    {
        var tenantId = await Infrastructure.Tenants.CreateAsync(platform.Grains);
        var session = platform.Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(new SessionStart(tenantId, "user", "de", VideoChunkFormat.Container, 25));
        return session;
    }
}

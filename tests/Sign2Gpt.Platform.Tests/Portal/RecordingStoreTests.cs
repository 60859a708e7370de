using Microsoft.Extensions.Options;
using Sign2Gpt.Platform.Tests.Infrastructure;
using Sign2Gpt.Web.Portal;
using Sign2Gpt.Web.Portal.Recordings;
using StackExchange.Redis;

namespace Sign2Gpt.Platform.Tests.Portal;

/// <summary>Both recording stores keep a live recording the same way: chunks in order, each once, until it is saved whole.</summary>
public sealed class RecordingStoreTests
{
    private const string WebM = "video/webm";

    [Fact]
    public Task The_memory_store_appends_live_chunks_in_order_and_each_once() =>
        AppendsInOrderAndEachOnceAsync(new MemoryRecordingStore(Options.Create(new PortalOptions())));

    [Fact]
    public async Task The_redis_store_appends_live_chunks_in_order_and_each_once_and_lets_them_expire()
    {
        await using var server = await RedisServer.StartAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        var options = new PortalOptions { RecordingLifetime = TimeSpan.FromHours(1) };
        var sessionId = await AppendsInOrderAndEachOnceAsync(new RedisRecordingStore(redis, Options.Create(options)));

        var live = new RedisRecordingStore(redis, Options.Create(options));
        await live.BeginAsync(sessionId, "tenant", WebM, CancellationToken.None);
        await live.AppendAsync(sessionId, 0, "live"u8.ToArray(), CancellationToken.None);
        var database = redis.GetDatabase();
        foreach (var key in (RedisKey[])[$"sign2gpt:recording:{sessionId:N}", $"sign2gpt:recording:{sessionId:N}:bytes"])
        {
            var ttl = await database.KeyTimeToLiveAsync(key);
            Assert.True(ttl > TimeSpan.FromMinutes(59) && ttl <= TimeSpan.FromHours(1), $"{key} expires in {ttl}");
        }
    }

    [Fact]
    public async Task The_memory_store_drops_older_recordings_before_the_live_one_being_written()
    {
        var store = new MemoryRecordingStore(Options.Create(new PortalOptions { MemoryRecordingBytes = 200_000 }));
        var live = Guid.NewGuid();
        await store.BeginAsync(live, "tenant", WebM, CancellationToken.None);
        var older = Guid.NewGuid();
        await store.SaveAsync(older, new Recording("tenant", WebM, new byte[150_000]), CancellationToken.None);

        Assert.Equal(RecordingAppend.Appended, await store.AppendAsync(live, 0, new byte[100_000], CancellationToken.None));

        Assert.Null(await store.GetAsync(older, CancellationToken.None));
        Assert.Equal(100_000, (await store.GetAsync(live, CancellationToken.None))!.Bytes.Length);
    }

    private static async Task<Guid> AppendsInOrderAndEachOnceAsync(IRecordingStore store)
    {
        var sessionId = Guid.NewGuid();
        var none = CancellationToken.None;
        Assert.Equal(RecordingAppend.NotOpen, await store.AppendAsync(sessionId, 0, "a"u8.ToArray(), none));

        await store.BeginAsync(sessionId, "tenant", WebM, none);
        Assert.Null(await store.GetAsync(sessionId, none));
        Assert.Equal(RecordingAppend.OutOfOrder, await store.AppendAsync(sessionId, 1, "b"u8.ToArray(), none));
        Assert.Equal(RecordingAppend.Appended, await store.AppendAsync(sessionId, 0, "a"u8.ToArray(), none));
        Assert.Equal(RecordingAppend.Duplicate, await store.AppendAsync(sessionId, 0, "a"u8.ToArray(), none));
        Assert.Equal(RecordingAppend.Appended, await store.AppendAsync(sessionId, 1, "bc"u8.ToArray(), none));
        var recording = await store.GetAsync(sessionId, none);
        Assert.Equal(("tenant", WebM), (recording!.TenantId, recording.ContentType));
        Assert.Equal("abc"u8.ToArray(), recording.Bytes);

        // Saved whole (made seekable, say), it takes no more chunks.
        await store.SaveAsync(sessionId, recording with { Bytes = "whole"u8.ToArray() }, none);
        Assert.Equal(RecordingAppend.NotOpen, await store.AppendAsync(sessionId, 2, "d"u8.ToArray(), none));
        Assert.Equal("whole"u8.ToArray(), (await store.GetAsync(sessionId, none))!.Bytes);
        return sessionId;
    }
}

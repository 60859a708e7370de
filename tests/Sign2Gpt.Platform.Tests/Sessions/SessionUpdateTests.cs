using System.Collections.Concurrent;
using Orleans.Streams;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Sessions;

/// <summary>What a session announces on its update stream while it receives video, and at its end.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionUpdateTests(PlatformCluster platform)
{
    [Fact]
    public async Task Chunks_sent_on_the_stream_are_answered_there_and_a_partial_follows_each_2_s_window_then_the_final()
    {
        var tenantId = await Infrastructure.Tenants.CreateAsync(platform.Grains);
        var id = Guid.NewGuid();
        var session = platform.Grains.GetGrain<ISessionGrain>(id);
        await session.StartAsync(new SessionStart(tenantId, "user", "de", VideoChunkFormat.Container, 25));
        var updates = new BlockingCollection<SessionUpdate>();
        var streams = platform.Cluster.Client.GetStreamProvider(SessionStreams.Provider);
        var subscription = await streams.GetStream<SessionUpdate>(SessionStreams.Updates(id)).SubscribeAsync((update, _) =>
        {
            updates.Add(update);
            return Task.CompletedTask;
        });
        var chunks = DemoVideo.Chunks(48 * 1024);
        var chunkStream = streams.GetStream<VideoChunk>(SessionStreams.Chunks(id));

        try
        {
            // In order, one at a time, each answered before the next goes out, as the edge does; one re-sent.
            for (var i = 0; i < chunks.Count; i++)
            {
                await chunkStream.OnNextAsync(new VideoChunk(i, chunks[i]));
                var receipt = Next(updates, u => u.Sequence == i).Receipt!;
                Assert.Equal((ChunkStatus.Accepted, i + 1L), (receipt.Status, receipt.NextExpected));
            }

            await chunkStream.OnNextAsync(new VideoChunk(0, chunks[0]));
            Assert.Equal(ChunkStatus.Duplicate, Next(updates, u => u.Sequence == 0).Receipt!.Status);
            await chunkStream.OnNextAsync(new VideoChunk(1, chunks[0]));
            Assert.Equal(RejectionCode.ChunkConflict, Next(updates, u => u.Sequence == 1).Rejection!.Code);

            // Every 2-s window of the 10.6 s video gets its partial while the upload is open.
            var partials = new List<double>();
            while (partials.Count == 0 || partials[^1] < 10)
            {
                partials.Add(Next(updates, u => u.Snapshot?.Partial is { IsFinal: false }).Snapshot!.Partial!.VideoSeconds);
            }

            // One per window as it completes; a window may only be skipped while the previous partial is still being
            // translated, which on a busy machine can take longer than the 2 s of video that arrive meanwhile.
            var windows = partials.Select(seconds => (int)Math.Floor(seconds / 2)).ToList();
            Assert.Equal(windows.Order().Distinct(), windows);
            Assert.Equal(1, windows[0]);
            Assert.Equal(5, windows[^1]);
            Assert.True(windows.Count >= 4, $"partials at {string.Join(", ", partials)} s");

            await session.EndAsync(chunks.Count - 1);
            var final = Next(updates, u => u.Snapshot?.Status == SessionStatus.Completed).Snapshot!.Final!;
            Assert.True(final.IsFinal);
            Assert.Equal((await DemoVideo.TranslateOfflineAsync("de")).Text, final.Text);
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }

    private static SessionUpdate Next(BlockingCollection<SessionUpdate> updates, Func<SessionUpdate, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var update = updates.Take(timeout.Token);
            if (wanted(update))
            {
                return update;
            }
        }
    }
}

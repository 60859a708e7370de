using System.Runtime.CompilerServices;
using Grpc.Core;
using Sign2Gpt.Client;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Platform.Tests.Client;
using Sign2Gpt.Platform.Tests.Infrastructure;
using Wire = Sign2Gpt.Ingest.V1;

namespace Sign2Gpt.Platform.Tests.Streaming;

/// <summary>
/// The gRPC ingest stream against the real cluster: the reference client end to end (as IngestClientTests does over
/// HTTP, each compared with the offline translation of exactly the bytes it streamed), a dropped connection, and the
/// refusals a well-behaved client never provokes, spoken raw.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GrpcIngestTests(PlatformCluster platform)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_demo_video_streamed_over_grpc_gets_the_offline_translation_of_what_it_sent()
    {
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        using var channel = GrpcIngestClient.CreateChannel(host.GrpcAddress);
        using var segmenter = new VideoSegmenter(DemoVideo.Path) { Paced = false };
        using var sent = new MemoryStream();
        var progress = new RecordingProgress();

        var session = await new GrpcIngestClient(channel, await Infrastructure.Tenants.IssueKeyAsync(platform.Grains)).StreamAsync(
            Uploads.Copied(segmenter.ReadChunksAsync(cancel.Token), sent), new StreamOptions("de", 25), progress, cancel.Token);
        var expected = await DemoVideo.TranslateOfflineAsync(sent.ToArray(), "de");
        var stored = await platform.Grains.GetGrain<ISessionGrain>(session.SessionId).GetAsync(cancel.Token);

        Assert.Equal(expected.Text, session.Final.Text);
        Assert.True(session.Final.IsFinal);
        Assert.Equal("de@v1", session.Final.Adapter);
        Assert.Equal(expected.Glosses.Select(gloss => gloss.Gloss), session.Final.Glosses.Select(gloss => gloss.Gloss));
        Assert.Equal(expected.Timeline.Glosses, session.Final.Timeline.Glosses);
        Assert.Equal(SessionStatus.Completed, stored.Status);
        Assert.Equal(sent.Length, stored.BytesReceived);
        Assert.Equal(new SessionOpened(session.SessionId, null), progress.Events[0]);
        var acks = progress.Events.OfType<ChunkAcknowledged>().ToList();
        Assert.Equal(stored.NextExpected, acks.Count);
        Assert.All(acks, (ack, index) => Assert.Equal(new ChunkAcknowledged(index, "accepted", index + 1, 0), ack));
        Assert.Empty(progress.Events.OfType<ConnectionResumed>());
        Assert.Equal(expected.Text, Assert.IsType<FinalTranslation>(progress.Events[^1]).Translation.Text);
    }

    [Fact]
    public async Task The_real_signer_video_streamed_over_grpc_in_real_time_gets_a_final_translation()
    {
        Assert.True(File.Exists(SharedData.RealSignerVideo), $"missing {SharedData.RealSignerVideo}");
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        using var channel = GrpcIngestClient.CreateChannel(host.GrpcAddress);
        using var segmenter = new VideoSegmenter(SharedData.RealSignerVideo);
        var progress = new RecordingProgress();

        var fps = await segmenter.ProbeFpsAsync(cancel.Token);
        var session = await new GrpcIngestClient(channel, await Infrastructure.Tenants.IssueKeyAsync(platform.Grains)).StreamAsync(
            segmenter.ReadChunksAsync(cancel.Token), new StreamOptions("de", fps), progress, cancel.Token);

        Assert.False(string.IsNullOrWhiteSpace(session.Final.Text));
        Assert.Equal("de", session.Final.Language);
        Assert.InRange(session.Final.Frames, 1, 58);
        Assert.True(session.Final.Tokens > 0);
        Assert.NotEmpty(progress.Events.OfType<ChunkAcknowledged>());
        Assert.Equal(session.Final, Assert.IsType<FinalTranslation>(progress.Events[^1]).Translation);
    }

    [Fact]
    public async Task A_dropped_stream_resumes_from_the_servers_next_expected_and_completes_with_nothing_stored_twice()
    {
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        // Opened and a handful of acknowledgements get through, then the connection breaks with more chunks in flight.
        var network = new CuttingHandler(cutAfterBytes: 200);
        using var channel = GrpcIngestClient.CreateChannel(host.GrpcAddress, network);
        // Small chunks, so that the 10 s video makes enough of them to be cut mid-stream.
        using var segmenter = new VideoSegmenter(DemoVideo.Path) { Paced = false, ChunkBytes = 16 * 1024 };
        using var sent = new MemoryStream();
        var progress = new RecordingProgress();

        var session = await new GrpcIngestClient(channel, await Infrastructure.Tenants.IssueKeyAsync(platform.Grains)).StreamAsync(
            Uploads.Copied(segmenter.ReadChunksAsync(cancel.Token), sent), new StreamOptions("de", 25), progress, cancel.Token);
        var expected = await DemoVideo.TranslateOfflineAsync(sent.ToArray(), "de");
        var stored = await platform.Grains.GetGrain<ISessionGrain>(session.SessionId).GetAsync(cancel.Token);

        Assert.Equal(1, network.Cuts);
        var resumed = Assert.Single(progress.Events.OfType<ConnectionResumed>());
        var index = progress.Events.ToList().IndexOf(resumed);
        var acksBefore = progress.Events.Take(index).OfType<ChunkAcknowledged>().ToList();
        var acksAfter = progress.Events.Skip(index).OfType<ChunkAcknowledged>().ToList();
        Assert.NotEmpty(acksBefore);
        Assert.True(resumed.NextExpected >= acksBefore[^1].NextExpected, "the server forgot an acknowledged chunk");
        Assert.True(resumed.NextExpected < stored.NextExpected, "the stream was cut after the last chunk");
        // Re-sent from exactly where the server stood: its first answer is the chunk it lacked, taken as new.
        Assert.Equal(new ChunkAcknowledged(resumed.NextExpected, "accepted", resumed.NextExpected + 1, 0), acksAfter[0]);
        Assert.Equal(stored.NextExpected, acksAfter[^1].NextExpected);
        Assert.Equal(sent.Length, stored.BytesReceived);
        Assert.Equal(expected.Text, session.Final.Text);
    }

    [Fact]
    public async Task A_call_without_a_valid_api_key_is_unauthenticated()
    {
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        using var channel = GrpcIngestClient.CreateChannel(host.GrpcAddress);
        var key = await Infrastructure.Tenants.IssueKeyAsync(platform.Grains);
        var forged = key[..(key.LastIndexOf('.') + 1)] + "forged-secret";

        foreach (var apiKey in new[] { null, "not-a-key", forged })
        {
            using var stream = RawStream.Open(channel, apiKey, cancel.Token);
            var refusal = await stream.RefusalAsync(RawStream.Start());

            Assert.Equal(StatusCode.Unauthenticated, refusal.StatusCode);
            Assert.Equal("unauthorized", refusal.Trailers.GetValue("error-code"));
            Assert.Contains("API key", refusal.Status.Detail, StringComparison.Ordinal);
        }

        var error = await Assert.ThrowsAsync<IngestClientException>(() => new GrpcIngestClient(channel, forged).StreamAsync(
            Source([[1, 2, 3]]), new StreamOptions("de", 25), cancellationToken: cancel.Token));
        Assert.Equal("unauthorized", error.Code);
        Assert.Equal("The API key is not valid.", error.ServerMessage);
    }

    [Fact]
    public async Task Another_tenants_session_cannot_be_resumed_and_answers_like_a_missing_one()
    {
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        using var channel = GrpcIngestClient.CreateChannel(host.GrpcAddress);
        var owner = await Infrastructure.Tenants.IssueKeyAsync(platform.Grains);
        var stranger = await Infrastructure.Tenants.IssueKeyAsync(platform.Grains);

        using var owned = RawStream.Open(channel, owner, cancel.Token);
        await owned.SendAsync(RawStream.Start());
        var sessionId = (await owned.ReceiveAsync()).Opened.SessionId;

        foreach (var resume in new[] { sessionId, Guid.NewGuid().ToString(), "not-a-session" })
        {
            using var stream = RawStream.Open(channel, stranger, cancel.Token);
            var refusal = await stream.RefusalAsync(RawStream.Start(resume: resume));

            Assert.Equal(StatusCode.NotFound, refusal.StatusCode);
            Assert.Equal("session_not_found", refusal.Trailers.GetValue("error-code"));
            Assert.Equal($"Session {resume} does not exist.", refusal.Status.Detail);
        }

        // The owner can resume it, from where it stands.
        using var again = RawStream.Open(channel, owner, cancel.Token);
        await again.SendAsync(RawStream.Start(resume: sessionId));
        var opened = (await again.ReceiveAsync()).Opened;
        Assert.Equal((sessionId, 0L), (opened.SessionId, opened.NextExpected));
    }

    [Fact]
    public async Task An_oversized_chunk_is_refused_with_chunk_too_large_and_the_stream_goes_on_to_the_final()
    {
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        using var channel = GrpcIngestClient.CreateChannel(host.GrpcAddress);
        using var stream = RawStream.Open(channel, await Infrastructure.Tenants.IssueKeyAsync(platform.Grains), cancel.Token);
        var chunks = DemoVideo.Chunks(64 * 1024);

        await stream.SendAsync(RawStream.Start());
        var sessionId = Guid.Parse((await stream.ReceiveAsync()).Opened.SessionId);
        await stream.SendAsync(RawStream.Chunk(0, new byte[(2 * 1024 * 1024) + 1]));
        var refusal = (await stream.ReceiveAsync()).Error;

        Assert.Equal(("chunk_too_large", 0L), (refusal.Code, refusal.Sequence));
        for (var sequence = 0; sequence < chunks.Count; sequence++)
        {
            await stream.SendAsync(RawStream.Chunk(sequence, chunks[sequence]));
        }

        await stream.SendAsync(RawStream.End(chunks.Count - 1));
        await stream.CompleteAsync();
        var answers = await stream.ReceiveUntilAsync(message => message.KindCase == Wire.ServerMessage.KindOneofCase.Final);
        var stored = await platform.Grains.GetGrain<ISessionGrain>(sessionId).GetAsync(cancel.Token);
        var expected = await DemoVideo.TranslateOfflineAsync("de");

        var acks = answers.Where(message => message.KindCase == Wire.ServerMessage.KindOneofCase.Ack).Select(message => message.Ack).ToList();
        Assert.Equal(Enumerable.Range(0, chunks.Count).Select(sequence => (long)sequence), acks.Select(ack => ack.Sequence));
        Assert.All(acks, ack => Assert.Equal(Wire.ChunkStatus.Accepted, ack.Status));
        Assert.DoesNotContain(answers, message => message.KindCase == Wire.ServerMessage.KindOneofCase.Error);
        Assert.Equal(expected.Text, answers[^1].Final.Text);
        Assert.Equal(chunks.Sum(chunk => (long)chunk.Length), stored.BytesReceived);
    }

    [Fact]
    public async Task Chunks_beyond_the_keys_rate_are_refused_without_ending_the_stream_and_spend_the_budget_http_shares()
    {
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform, new Dictionary<string, string?> { ["Ingest:RequestsPerMinutePerKey"] = "4" });
        using var channel = GrpcIngestClient.CreateChannel(host.GrpcAddress);
        var key = await Infrastructure.Tenants.IssueKeyAsync(platform.Grains);
        using var stream = RawStream.Open(channel, key, cancel.Token);
        var chunks = DemoVideo.Chunks(16 * 1024);

        // The call is one request, like opening a session over HTTP; each chunk is one more.
        await stream.SendAsync(RawStream.Start());
        var sessionId = (await stream.ReceiveAsync()).Opened.SessionId;
        List<Wire.ServerMessage> answers = [];
        for (var sequence = 0; sequence < 4; sequence++)
        {
            await stream.SendAsync(RawStream.Chunk(sequence, chunks[sequence]));
            answers.Add(await stream.ReceiveAsync());
        }

        Assert.Equal([0L, 1L, 2L], answers.Take(3).Select(answer => answer.Ack.Sequence));
        Assert.Equal(("rate_limited", 3L), (answers[3].Error.Code, answers[3].Error.Sequence));
        using var http = host.Client(key);
        using var poll = await http.GetAsync(new Uri($"v1/sessions/{sessionId}", UriKind.Relative), cancel.Token);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, poll.StatusCode);
        // Still open: the refused chunk may be sent again, and is refused again while the budget is spent.
        await stream.SendAsync(RawStream.Chunk(3, chunks[3]));
        Assert.Equal("rate_limited", (await stream.ReceiveAsync()).Error.Code);
        // A new call is refused whole, in gRPC's terms.
        using var another = RawStream.Open(channel, key, cancel.Token);
        var refusal = await another.RefusalAsync(RawStream.Start());
        Assert.Equal((StatusCode.ResourceExhausted, "rate_limited"), (refusal.StatusCode, refusal.Trailers.GetValue("error-code")));
    }

    private static async IAsyncEnumerable<byte[]> Source(IReadOnlyList<byte[]> chunks)
    {
        foreach (var chunk in chunks)
        {
            await Task.Yield();
            yield return chunk;
        }
    }
}

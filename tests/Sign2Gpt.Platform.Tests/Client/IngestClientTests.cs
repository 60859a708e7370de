using System.Net;
using System.Runtime.CompilerServices;
using Sign2Gpt.Client;
using Sign2Gpt.Contracts.Tenants;
using Sign2Gpt.Platform.Tests.Infrastructure;

namespace Sign2Gpt.Platform.Tests.Client;

/// <summary>
/// The reference mobile client against the real ingest API and cluster. The segmenter re-encodes the video as a
/// phone would, so its frames differ slightly from the file's: each test compares with the offline translation of
/// exactly the bytes it streamed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IngestClientTests(PlatformCluster platform)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_segmented_video_streamed_by_the_client_gets_the_offline_translation_of_what_it_sent()
    {
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        using var http = IngestClient.CreateHttpClient(host.Address, await Infrastructure.Tenants.IssueKeyAsync(platform.Grains));
        using var segmenter = new VideoSegmenter(DemoVideo.Path) { Paced = false };
        using var sent = new MemoryStream();
        var progress = new RecordingProgress();

        var fps = await segmenter.ProbeFpsAsync(cancel.Token);
        var session = await new IngestClient(http).StreamAsync(
            Uploads.Copied(segmenter.ReadChunksAsync(cancel.Token), sent), new StreamOptions("de", fps), progress, cancel.Token);
        var expected = await DemoVideo.TranslateOfflineAsync(sent.ToArray(), "de");

        Assert.Equal(25, fps);
        Assert.Equal(IngestStatus.Completed, session.Status);
        Assert.Equal(expected.Text, session.Final!.Text);
        Assert.Equal("de@v1", session.Final.Adapter);
        Assert.Equal(sent.Length, session.BytesReceived);
        var acks = progress.Events.OfType<ChunkAcknowledged>().ToList();
        Assert.NotEmpty(acks);
        Assert.All(acks, ack => Assert.Equal(("accepted", ack.Sequence + 1), (ack.Status, ack.NextExpected)));
        Assert.Empty(progress.Events.OfType<ConnectionResumed>());
        Assert.IsType<SessionOpened>(progress.Events[0]);
        Assert.Equal(expected.Text, Assert.IsType<FinalTranslation>(progress.Events[^1]).Translation.Text);
    }

    [Fact]
    public async Task The_real_signer_video_streamed_over_http_in_real_time_gets_the_offline_translation_of_what_it_sent()
    {
        Assert.True(File.Exists(SharedData.RealSignerVideo), $"missing {SharedData.RealSignerVideo}");
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        using var http = IngestClient.CreateHttpClient(host.Address, await Infrastructure.Tenants.IssueKeyAsync(platform.Grains));
        using var segmenter = new VideoSegmenter(SharedData.RealSignerVideo);
        using var sent = new MemoryStream();
        var progress = new RecordingProgress();

        var fps = await segmenter.ProbeFpsAsync(cancel.Token);
        var session = await new IngestClient(http).StreamAsync(
            Uploads.Copied(segmenter.ReadChunksAsync(cancel.Token), sent), new StreamOptions("de", fps), progress, cancel.Token);
        var expected = await DemoVideo.TranslateOfflineAsync(sent.ToArray(), "de");

        Assert.Equal(IngestStatus.Completed, session.Status);
        Assert.False(string.IsNullOrWhiteSpace(session.Final!.Text));
        Assert.Equal(expected.Text, session.Final.Text);
        Assert.InRange(session.Final.Frames, 1, 58);
        Assert.Equal(sent.Length, session.BytesReceived);
        Assert.Equal(expected.Text, Assert.IsType<FinalTranslation>(progress.Events[^1]).Translation.Text);
    }

    [Fact]
    public async Task Dropped_uploads_are_resumed_from_the_servers_next_expected_no_chunk_is_stored_twice_and_a_cut_event_stream_is_polled()
    {
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        var network = new DroppingHandler(dropBeforeSending: 2);
        using var http = IngestClient.CreateHttpClient(host.Address, await Infrastructure.Tenants.IssueKeyAsync(platform.Grains), network);
        // Small chunks, so that the 10 s video makes enough uploads for several drops.
        using var segmenter = new VideoSegmenter(DemoVideo.Path) { Paced = false, ChunkBytes = 16 * 1024 };
        using var sent = new MemoryStream();
        var progress = new RecordingProgress();

        var session = await new IngestClient(http).StreamAsync(
            Uploads.Copied(segmenter.ReadChunksAsync(cancel.Token), sent), new StreamOptions("de", 25), progress, cancel.Token);
        var expected = await DemoVideo.TranslateOfflineAsync(sent.ToArray(), "de");

        Assert.Equal(IngestStatus.Completed, session.Status);
        Assert.Equal(expected.Text, session.Final!.Text);
        Assert.Equal(1, network.DroppedBeforeSending);
        Assert.True(network.DroppedAfterSending >= 2, $"only {network.DroppedAfterSending} answers were dropped");
        var resumes = progress.Events.OfType<ConnectionResumed>().ToList();
        Assert.Equal(network.DroppedBeforeSending + network.DroppedAfterSending, resumes.Count);
        // The lost upload is sent again; an upload whose answer was lost is not, since the server had it.
        Assert.Equal(new ConnectionResumed(1, 1, 1), resumes[0]);
        Assert.All(resumes.Skip(1), resumed => Assert.Equal(0, resumed.Resent));
        Assert.Equal(sent.Length, session.BytesReceived);
        Assert.Equal(1, network.EventStreamsCut);
        Assert.Equal(expected.Text, Assert.IsType<FinalTranslation>(progress.Events[^1]).Translation.Text);
        Assert.DoesNotContain(progress.Events.OfType<ChunkAcknowledged>(), ack => ack.Status != "accepted");
    }

    [Fact]
    public async Task A_refused_session_surfaces_the_servers_code_without_reading_the_video()
    {
        using var cancel = new CancellationTokenSource(TestTimeout);
        await using var host = await IngestHost.StartAsync(platform);
        using var http = IngestClient.CreateHttpClient(host.Address, await Infrastructure.Tenants.IssueKeyAsync(platform.Grains));
        var read = false;

        var error = await Assert.ThrowsAsync<IngestClientException>(() => new IngestClient(http).StreamAsync(
            Source(DemoVideo.Chunks(64 * 1024), () => read = true), new StreamOptions("xx", 25), cancellationToken: cancel.Token));

        Assert.Equal("language_not_enabled", error.Code);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("'xx'", error.ServerMessage, StringComparison.Ordinal);
        Assert.False(read);
    }

    private static async IAsyncEnumerable<byte[]> Source(IReadOnlyList<byte[]> chunks, Action onRead)
    {
        onRead();
        foreach (var chunk in chunks)
        {
            await Task.Yield();
            yield return chunk;
        }
    }
}

using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Inference.Tests.Media;

[Collection(FfmpegProcessCollection.Name)]
public sealed class ChunkedVideoDecoderTests
{
    [Theory]
    [InlineData(VideoEncoding.FragmentedMp4, "clip.mp4")]
    [InlineData(VideoEncoding.WebM, "clip.webm")]
    public async Task Streamed_chunks_decode_to_the_same_frames_as_the_whole_file(VideoEncoding encoding, string name)
    {
        var path = await EncodeRealVideoAsync(encoding, name);
        var whole = await TestData.Decoder().DecodeAllAsync(path, FrameGeometry.Evaluation, FrameSelection.Evaluation, CancellationToken.None);

        var streamed = await StreamAsync(await File.ReadAllBytesAsync(path), ChunkFormat.Container, chunkSize: 16 * 1024);

        Assert.Equal(29, streamed.Count);
        Assert.Equal(whole.Frames.Select(f => f.Index), streamed.Select(f => f.Index));
        Assert.All(streamed.Zip(whole.Frames), pair => Assert.Equal(pair.Second.Pixels, pair.First.Pixels));
    }

    [Fact]
    public async Task Frames_come_out_before_the_upload_ends()
    {
        var bytes = await File.ReadAllBytesAsync(await EncodeRealVideoAsync(VideoEncoding.FragmentedMp4, "live.mp4"));
        await using var decoder = ChunkedVideoDecoder.Start(TestData.Options(), ChunkFormat.Container, FrameGeometry.Evaluation, FrameSelection.All);
        await using var frames = decoder.ReadFramesAsync(CancellationToken.None).GetAsyncEnumerator();

        // Feed everything except the final quarter, then wait for a frame without completing the upload.
        await decoder.WriteAsync(bytes.AsMemory(0, bytes.Length * 3 / 4), CancellationToken.None);
        var first = frames.MoveNextAsync().AsTask();
        Assert.Same(first, await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.True(await first);
        Assert.Equal(0, frames.Current.Index);
    }

    [Fact]
    public async Task Jpeg_frames_stream_as_chunks()
    {
        var directory = TestData.TempDirectory();
        TestData.Ffmpeg("-i", TestData.RealSignerVideo, "-frames:v", "10", Path.Combine(directory, "f%03d.jpg"));
        var jpegs = Directory.GetFiles(directory).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).SelectMany(b => b).ToArray();

        var frames = await StreamAsync(jpegs, ChunkFormat.JpegFrames, chunkSize: 7000);

        Assert.Equal(5, frames.Count);
        Assert.All(frames, f => Assert.Equal(224, f.Width));
    }

    [Fact]
    public async Task Garbage_stream_fails_with_a_typed_error()
    {
        var garbage = new byte[50_000];
        new Random(3).NextBytes(garbage);

        await Assert.ThrowsAsync<VideoDecodeException>(() => StreamAsync(garbage, ChunkFormat.Container, 4096));
        Assert.Empty(TestData.FfmpegChildrenOfThisProcess());
    }

    [Fact]
    public async Task A_chunk_after_the_end_is_refused()
    {
        await using var decoder = ChunkedVideoDecoder.Start(TestData.Options(), ChunkFormat.Container, FrameGeometry.Evaluation, FrameSelection.All);
        await decoder.CompleteAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<VideoDecodeException>(() => decoder.WriteAsync(new byte[10], CancellationToken.None));
        Assert.Equal(VideoErrorKind.InvalidInput, error.Kind);
    }

    [Fact]
    public void A_size_that_depends_on_the_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ChunkedVideoDecoder.Start(TestData.Options(), ChunkFormat.Container, FrameGeometry.ShorterSide(224), FrameSelection.All));
    }

    private static async Task<string> EncodeRealVideoAsync(VideoEncoding encoding, string name)
    {
        var source = await TestData.Decoder().DecodeAllAsync(TestData.RealSignerVideo, FrameGeometry.ShorterSide(240), FrameSelection.All, CancellationToken.None);
        var path = Path.Combine(TestData.TempDirectory(), name);
        await new VideoEncoder(TestData.Options()).EncodeAsync(source.Frames, path, source.Info.Fps, encoding, CancellationToken.None);
        return path;
    }

    private static async Task<List<RgbFrame>> StreamAsync(byte[] bytes, ChunkFormat format, int chunkSize)
    {
        await using var decoder = ChunkedVideoDecoder.Start(TestData.Options(), format, FrameGeometry.Evaluation, FrameSelection.Evaluation);
        var reading = Task.Run(async () =>
        {
            var frames = new List<RgbFrame>();
            await foreach (var frame in decoder.ReadFramesAsync(CancellationToken.None))
            {
                frames.Add(frame);
            }

            return frames;
        });
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += chunkSize)
            {
                await decoder.WriteAsync(bytes.AsMemory(offset, Math.Min(chunkSize, bytes.Length - offset)), CancellationToken.None);
            }
        }
        catch (VideoDecodeException)
        {
            // ffmpeg may give up on garbage before all chunks are in; the reader reports why.
        }

        await decoder.CompleteAsync(CancellationToken.None);
        return await reading;
    }
}

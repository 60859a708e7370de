using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Media;
using Sign2Gpt.Silo.Serving;

namespace Sign2Gpt.Silo.Sessions;

/// <summary>
/// A session's video as it arrives: chunks are written in order to one ffmpeg decoder, and the frames that come
/// out go to the session's inference device in batches for their backbone features, off the grain's scheduler.
/// Frames are dropped once they have features, so memory grows with the features alone (2 KB a frame). Rebuilt from the stored chunks
/// when a session reactivates elsewhere, so none of it is persisted.
/// </summary>
public sealed class SessionVideo : IAsyncDisposable
{
    /// <summary>
    /// Most frames in one request to the device. A request takes every frame decoded while the previous one ran, so
    /// a live stream's frames get features as soon as they are decoded instead of waiting for a full batch.
    /// </summary>
    private const int MaxBatch = 16;

    private readonly ChunkedVideoDecoder _decoder;
    private readonly Func<FrameBatch, CancellationToken, Task<float[]>> _extract;
    private readonly double _fps;
    private readonly Channel<byte[]> _chunks = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

    // Bounded: a slow device holds the decoder back rather than letting frames (150 KB each) pile up.
    private readonly Channel<RgbFrame> _frames = Channel.CreateBounded<RgbFrame>(new BoundedChannelOptions(4 * MaxBatch) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<int> _indices = [];
    private readonly List<float> _values = [];
    private readonly Task _writing;
    private readonly Task _reading;
    private readonly Task _extracting;

    private SessionVideo(ChunkedVideoDecoder decoder, Func<FrameBatch, CancellationToken, Task<float[]>> extract, double fps)
    {
        _decoder = decoder;
        _extract = extract;
        _fps = fps;
        _writing = Task.Run(WriteLoopAsync);
        _reading = Task.Run(ReadLoopAsync);
        _extracting = Task.Run(ExtractLoopAsync);
        Completion = Task.WhenAll(_writing, _reading, _extracting);
    }

    /// <summary>Ends when every frame of a completed video has its features, or with the decoder's failure.</summary>
    public Task Completion { get; }

    /// <param name="extract">Backbone features of a batch of frames, row-major (the session's inference worker).</param>
    public static SessionVideo Start(
        IOptions<VideoDecoderOptions> options, Func<FrameBatch, CancellationToken, Task<float[]>> extract, VideoChunkFormat format, double fps)
    {
        var chunkFormat = format == VideoChunkFormat.JpegFrames ? ChunkFormat.JpegFrames : ChunkFormat.Container;
        var decoder = ChunkedVideoDecoder.Start(options, chunkFormat, FrameGeometry.Evaluation, FrameSelection.Evaluation);
        return new SessionVideo(decoder, extract, fps);
    }

    /// <summary>Queues the next chunk in sequence; it is decoded in the background.</summary>
    public void Append(byte[] chunk) => _chunks.Writer.TryWrite(chunk);

    /// <summary>No chunk follows: the decoder flushes its last frames.</summary>
    public void Complete() => _chunks.Writer.TryComplete();

    /// <summary>Seconds of video whose frames have features.</summary>
    public double DecodedSeconds
    {
        get
        {
            lock (_gate)
            {
                return _indices.Count == 0 ? 0 : (_indices[^1] + 1) / _fps;
            }
        }
    }

    public int Frames
    {
        get
        {
            lock (_gate)
            {
                return _indices.Count;
            }
        }
    }

    /// <summary>The features of every frame decoded so far.</summary>
    public VideoFeatures Features()
    {
        lock (_gate)
        {
            return new VideoFeatures(ResNet18Backbone.Version, _fps, [.. _indices], ResNet18Backbone.FeatureSize, [.. _values]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _chunks.Writer.TryComplete();
        await _stop.CancelAsync();
        await _decoder.DisposeAsync();
        try
        {
            await Completion;
        }
        catch (Exception)
        {
            // Disposal ends the loops on purpose; their failure was already reported through Completion.
        }

        _stop.Dispose();
    }

    private async Task WriteLoopAsync()
    {
        await foreach (var chunk in _chunks.Reader.ReadAllAsync(_stop.Token))
        {
            await _decoder.WriteAsync(chunk, _stop.Token);
        }

        await _decoder.CompleteAsync(_stop.Token);
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            await foreach (var frame in _decoder.ReadFramesAsync(_stop.Token))
            {
                await _frames.Writer.WriteAsync(frame, _stop.Token);
            }
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }

    private async Task ExtractLoopAsync()
    {
        var batch = new List<RgbFrame>(MaxBatch);
        while (await _frames.Reader.WaitToReadAsync(_stop.Token))
        {
            while (batch.Count < MaxBatch && _frames.Reader.TryRead(out var frame))
            {
                batch.Add(frame);
            }

            await ExtractAsync(batch);
        }
    }

    private async Task ExtractAsync(List<RgbFrame> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var features = await _extract(FrameBatch.Of(batch), _stop.Token);
        lock (_gate)
        {
            _indices.AddRange(batch.Select(f => f.Index));
            _values.AddRange(features);
        }

        batch.Clear();
    }
}

using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Silo.Sessions;

/// <summary>
/// A session's video as it arrives: chunks are written in order to one ffmpeg decoder, and the frames that come
/// out are turned into backbone features in batches, off the grain's scheduler. Rebuilt from the stored chunks
/// when a session reactivates elsewhere, so none of it is persisted.
/// </summary>
public sealed class SessionVideo : IAsyncDisposable
{
    private const int BatchSize = 8;

    private readonly ChunkedVideoDecoder _decoder;
    private readonly ResNet18Backbone _backbone;
    private readonly double _fps;
    private readonly Channel<byte[]> _chunks = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<int> _indices = [];
    private readonly List<float> _values = [];
    private readonly Task _writing;
    private readonly Task _reading;

    private SessionVideo(ChunkedVideoDecoder decoder, ResNet18Backbone backbone, double fps)
    {
        _decoder = decoder;
        _backbone = backbone;
        _fps = fps;
        _writing = Task.Run(WriteLoopAsync);
        _reading = Task.Run(ReadLoopAsync);
        Completion = Task.WhenAll(_writing, _reading);
    }

    /// <summary>Ends when every frame of a completed video has its features, or with the decoder's failure.</summary>
    public Task Completion { get; }

    public static SessionVideo Start(IOptions<VideoDecoderOptions> options, ResNet18Backbone backbone, VideoChunkFormat format, double fps)
    {
        var chunkFormat = format == VideoChunkFormat.JpegFrames ? ChunkFormat.JpegFrames : ChunkFormat.Container;
        var decoder = ChunkedVideoDecoder.Start(options, chunkFormat, FrameGeometry.Evaluation, FrameSelection.Evaluation);
        return new SessionVideo(decoder, backbone, fps);
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
        var batch = new List<RgbFrame>(BatchSize);
        await foreach (var frame in _decoder.ReadFramesAsync(_stop.Token))
        {
            batch.Add(frame);
            if (batch.Count == BatchSize)
            {
                Extract(batch);
            }
        }

        Extract(batch);
    }

    private void Extract(List<RgbFrame> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var features = _backbone.Extract(batch);
        lock (_gate)
        {
            _indices.AddRange(batch.Select(f => f.Index));
            _values.AddRange(features);
        }

        batch.Clear();
    }
}

using Microsoft.Extensions.Options;

namespace Sign2Gpt.Inference.Media;

/// <summary>
/// Decodes a video that arrives chunk by chunk (mobile upload): chunks are written to one ffmpeg
/// process as they come, and frames are read while later chunks are still on their way. The output
/// size must not depend on the input, since a stream cannot be probed first.
/// </summary>
public sealed class ChunkedVideoDecoder : IAsyncDisposable
{
    private readonly FfmpegProcess _process;
    private readonly FrameGeometry _geometry;
    private readonly FrameSelection _selection;
    private readonly VideoDecoderOptions _options;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private bool _completed;

    private ChunkedVideoDecoder(FfmpegProcess process, FrameGeometry geometry, FrameSelection selection, VideoDecoderOptions options)
    {
        _process = process;
        _geometry = geometry;
        _selection = selection;
        _options = options;
    }

    public static ChunkedVideoDecoder Start(IOptions<VideoDecoderOptions> options, ChunkFormat format, FrameGeometry geometry, FrameSelection selection)
    {
        if (!geometry.IsFixedSize)
        {
            throw new ArgumentException("A chunked decode needs a fixed output size (a square crop).", nameof(geometry));
        }

        var settings = options.Value;
        string[] input = format == ChunkFormat.JpegFrames
            ? ["-f", "image2pipe", "-c:v", "mjpeg", "-i", "pipe:0"]
            : ["-i", "pipe:0"];
        var decoder = new VideoDecoder(options, new VideoProbe(options));
        var process = FfmpegProcess.Start(settings.FfmpegPath, decoder.Arguments(input, geometry.Filter(0, 0)), withStdin: true);
        return new ChunkedVideoDecoder(process, geometry, selection, settings);
    }

    /// <summary>Hands one chunk to the decoder. Chunks must arrive in order; ordering is the caller's job.</summary>
    public async Task WriteAsync(ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (_completed)
            {
                throw new VideoDecodeException(VideoErrorKind.InvalidInput, "A chunk arrived after the end of the video.");
            }

            await _process.Stdin.WriteAsync(chunk, cancellationToken);
            await _process.Stdin.FlushAsync(cancellationToken);
        }
        catch (IOException e)
        {
            throw new VideoDecodeException(VideoErrorKind.Unreadable, "The decoder stopped accepting chunks: " + _process.StderrTail(), e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Marks the end of the video, so the last frames are flushed out.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (!_completed)
            {
                _completed = true;
                _process.Stdin.Close();
            }
        }
        catch (IOException)
        {
            // ffmpeg already ended; reading its output reports why.
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Frames in source order as they are decoded; ends after <see cref="CompleteAsync"/> once all are out.
    /// No stall timeout: a live signer may pause between chunks, and the session owns that deadline.
    /// </summary>
    public IAsyncEnumerable<RgbFrame> ReadFramesAsync(CancellationToken cancellationToken) =>
        RawFrameReader.ReadAsync(_process, _geometry.Side, _geometry.Side, _selection, Timeout.InfiniteTimeSpan, "the uploaded video", null, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _writeLock.Dispose();
    }
}

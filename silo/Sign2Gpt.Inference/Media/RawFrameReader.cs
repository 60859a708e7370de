using System.Runtime.CompilerServices;

namespace Sign2Gpt.Inference.Media;

/// <summary>
/// Splits ffmpeg's rawvideo rgb24 output into frames, keeps the selected ones, and turns
/// ffmpeg's failures, stalls and empty output into <see cref="VideoDecodeException"/>s.
/// </summary>
internal static class RawFrameReader
{
    public static async IAsyncEnumerable<RgbFrame> ReadAsync(
        FfmpegProcess process,
        int width,
        int height,
        FrameSelection selection,
        TimeSpan stallTimeout,
        string what,
        Func<Task>? pendingInput,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var frameBytes = width * height * 3;
        var scratch = new byte[frameBytes];
        var index = 0;
        var produced = 0;
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        while (true)
        {
            var kept = selection.Keeps(index);
            var buffer = kept ? new byte[frameBytes] : scratch;
            stall.CancelAfter(stallTimeout);
            int read;
            try
            {
                read = await process.Stdout.ReadAtLeastAsync(buffer, frameBytes, throwOnEndOfStream: false, stall.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new VideoDecodeException(VideoErrorKind.TimedOut, $"{what}: ffmpeg produced no frame for {stallTimeout.TotalSeconds:0} s and was stopped.");
            }

            if (read < frameBytes)
            {
                break;
            }

            if (kept)
            {
                produced++;
                yield return new RgbFrame(index, width, height, buffer);
            }

            index++;
        }

        if (pendingInput is not null)
        {
            await pendingInput();
        }

        stall.CancelAfter(stallTimeout);
        int exitCode;
        try
        {
            exitCode = await process.WaitForExitAsync(stall.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new VideoDecodeException(VideoErrorKind.TimedOut, $"{what}: ffmpeg did not finish within {stallTimeout.TotalSeconds:0} s.");
        }

        var stderr = process.StderrTail();
        if (exitCode != 0 || FfmpegDiagnostics.ReportsDamage(stderr))
        {
            throw FfmpegDiagnostics.Classify(stderr, what);
        }

        if (index == 0)
        {
            throw new VideoDecodeException(VideoErrorKind.NoFrames, $"{what} contains no frames.");
        }

        if (produced == 0)
        {
            throw new VideoDecodeException(VideoErrorKind.NoFrames, $"{what} has {index} frames but none were selected.");
        }
    }
}
